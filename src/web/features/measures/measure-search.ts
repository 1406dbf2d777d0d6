// The measure list's filters and page live in the URL query string, so a filtered list can be
// bookmarked, shared and reached with the back button. Pure functions: tested in measure-search.test.ts.
import { PAGE_SIZES } from '../../config';

export interface MeasureSearch {
  area?: number;
  executor?: string;
  q?: string;
  limit: number;
  offset: number;
}

export type MeasureSearchKey = keyof MeasureSearch;
export type MeasureSearchChanges = Partial<Record<MeasureSearchKey, string | number | undefined>>;

export const DEFAULT_LIMIT: number = PAGE_SIZES[0];
const MAX_LIMIT = 500;
const MAX_QUERY_LENGTH = 200;
const ORGANIZATION_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export function parseMeasureSearch(params: URLSearchParams): MeasureSearch {
  const search: MeasureSearch = {
    limit: integerIn(params.get('limit'), 1, MAX_LIMIT) ?? DEFAULT_LIMIT,
    offset: integerIn(params.get('offset'), 0, Number.MAX_SAFE_INTEGER) ?? 0,
  };
  const area = integerIn(params.get('area'), 1, Number.MAX_SAFE_INTEGER);
  if (area !== null) search.area = area;
  const executor = params.get('executor');
  if (executor && ORGANIZATION_CODE.test(executor)) search.executor = executor;
  const q = params.get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
  if (q) search.q = q;
  return search;
}

/** Applies changes; any change other than the page itself starts again from the first page. */
export function applyMeasureSearchChanges(params: URLSearchParams, changes: MeasureSearchChanges): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
  }
  if (!('offset' in changes)) next.delete('offset');
  if (next.get('offset') === '0') next.delete('offset');
  if (next.get('limit') === String(DEFAULT_LIMIT)) next.delete('limit');
  return next;
}

function integerIn(text: string | null, min: number, max: number): number | null {
  if (text === null || !/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}
