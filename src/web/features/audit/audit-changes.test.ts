import { describe, expect, it } from 'vitest';
import { describeChanges, formatAuditValue } from './audit-changes';

describe('audit changes', () => {
  it('lists only the fields that changed, with both values', () => {
    const before = { text: 'Draft', state: 'draft', version: 1, evidence: [] };
    const after = { text: 'Draft', state: 'submitted', version: 2, evidence: [{ fileName: 'order.pdf', sizeBytes: 10 }] };
    expect(describeChanges(before, after)).toEqual([
      { field: 'state', before: 'draft', after: 'submitted' },
      { field: 'version', before: '1', after: '2' },
      { field: 'evidence', before: '[]', after: 'order.pdf' },
    ]);
  });

  it('shows every field of a creation with no value before', () => {
    expect(describeChanges(null, { status: 'not_started' })).toEqual([{ field: 'status', before: null, after: 'not_started' }]);
  });

  it('shows every field of a removal with no value after', () => {
    expect(describeChanges({ fileName: 'a.pdf' }, null)).toEqual([{ field: 'fileName', before: 'a.pdf', after: null }]);
  });

  it('shortens long values to one line', () => {
    const long = 'word '.repeat(100);
    expect(formatAuditValue(long).length).toBeLessThanOrEqual(160);
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}');
  });
});
