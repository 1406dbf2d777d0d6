import { describe, expect, it } from 'vitest';
import { applyMeasureSearchChanges, DEFAULT_LIMIT, parseMeasureSearch } from './measure-search';

const parse = (query: string) => parseMeasureSearch(new URLSearchParams(query));
const apply = (query: string, changes: Parameters<typeof applyMeasureSearchChanges>[1]) =>
  applyMeasureSearchChanges(new URLSearchParams(query), changes).toString();

describe('parseMeasureSearch', () => {
  it('defaults to the first page', () => {
    expect(parse('')).toEqual({ limit: DEFAULT_LIMIT, offset: 0 });
  });

  it('reads every filter', () => {
    expect(parse('area=3&executor=MIC&q=%20export%20&limit=50&offset=100')).toEqual({
      area: 3,
      executor: 'MIC',
      q: 'export',
      limit: 50,
      offset: 100,
    });
  });

  it('drops values the API would reject', () => {
    expect(parse('area=0&executor=%3Cscript%3E&q=%20%20&limit=501&offset=-1')).toEqual({ limit: DEFAULT_LIMIT, offset: 0 });
    expect(parse('area=2.5&limit=abc')).toEqual({ limit: DEFAULT_LIMIT, offset: 0 });
  });

  it('cuts a search text to 200 characters', () => {
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });
});

describe('applyMeasureSearchChanges', () => {
  it('goes back to the first page when a filter changes', () => {
    expect(apply('executor=MIC&offset=40', { q: 'export' })).toBe('executor=MIC&q=export');
  });

  it('keeps the filters when the page changes', () => {
    expect(apply('executor=MIC', { offset: 20 })).toBe('executor=MIC&offset=20');
  });

  it('removes emptied filters and default values', () => {
    expect(apply('executor=MIC&q=x&limit=50', { executor: undefined, q: '', limit: DEFAULT_LIMIT })).toBe('');
  });
});
