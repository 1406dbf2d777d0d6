import { describe, expect, it } from 'vitest';
import { checkRows, initialRows, MAX_OCCURRENCES, newRow } from './schedule-form-state';

describe('checkRows', () => {
  it('turns complete rows into the request, leaving out empty periods', () => {
    const rows = [newRow(' 2025-H1 ', '2025-07-10'), newRow('', '2026-01-10')];
    expect(checkRows(rows)).toEqual({ ok: true, occurrences: [{ period: '2025-H1', due: '2025-07-10' }, { due: '2026-01-10' }] });
  });

  it('names each row and field with a problem', () => {
    const rows = [newRow('2025-Q5', ''), newRow('2025', '2025-02-30'), newRow('2025', '2025-06-01'), newRow('', '2025-06-01'), newRow('', '2025-06-01')];
    const check = checkRows(rows);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.map((p) => [p.n, p.field, p.code])).toEqual([
      [1, 'period', 'periodInvalid'],
      [1, 'due', 'dueMissing'],
      [2, 'due', 'dueInvalid'],
      [3, 'period', 'periodTwice'],
      [5, 'due', 'periodTwice'],
    ]);
    expect(check.problems[0]!.key).toBe(rows[0]!.key);
    expect(check.problems[3]!.period).toBe('2025');
  });

  it('accepts every period form the API does, and refuses none or too many rows', () => {
    const rows = ['2025', '2025-H2', '2025-Q4', '2025-12', '2025-12-01'].map((period, i) => newRow(period, `2026-01-0${i + 1}`));
    expect(checkRows(rows).ok).toBe(true);
    expect(checkRows([])).toEqual({ ok: false, problems: [], formProblem: 'none' });
    const many = Array.from({ length: MAX_OCCURRENCES + 1 }, () => newRow());
    expect(checkRows(many)).toEqual({ ok: false, problems: [], formProblem: 'tooMany' });
  });
});

describe('initialRows', () => {
  it('starts from the manual occurrences, else the live obligations, else one empty row', () => {
    const manual = initialRows({ manualOccurrences: [{ period: '2025', due: '2025-05-05' }], obligations: [] });
    expect(manual.map((r) => [r.period, r.due])).toEqual([['2025', '2025-05-05']]);
    const parsed = initialRows({
      manualOccurrences: null,
      obligations: [
        { period: '2024', nominalDue: '2024-12-31', status: 'completed' },
        { period: '2025', nominalDue: '2025-12-31', status: 'cancelled' },
      ],
    });
    expect(parsed.map((r) => [r.period, r.due])).toEqual([['2024', '2024-12-31']]);
    const empty = initialRows({ manualOccurrences: null, obligations: [] });
    expect(empty.map((r) => [r.period, r.due])).toEqual([['', '']]);
    expect(new Set([...manual, ...parsed, ...empty].map((r) => r.key)).size).toBe(3);
  });
});
