import { describe, expect, it } from 'vitest';
import { summarizeCosts } from './cost-summary';

describe('summarizeCosts', () => {
  it('pivots costs by source and year with totals', () => {
    const summary = summarizeCosts([
      { year: 2025, source: 'republican_budget', amountMillionKzt: 200 },
      { year: 2024, source: 'republican_budget', amountMillionKzt: 100.5 },
      { year: 2024, source: 'own_funds', amountMillionKzt: 50 },
    ]);
    expect(summary.years).toEqual([2024, 2025]);
    expect(summary.rows).toEqual([
      { source: 'republican_budget', isNotRequired: false, byYear: [100.5, 200], total: 300.5 },
      { source: 'own_funds', isNotRequired: false, byYear: [50, undefined], total: 50 },
    ]);
    expect(summary.yearTotals).toEqual([150.5, 200]);
    expect(summary.total).toBe(350.5);
    expect(summary.isFundingNotRequired).toBe(false);
  });

  it('keeps "within allocated funds" apart from zero', () => {
    const summary = summarizeCosts([
      { year: 2024, source: 'republican_budget', amountMillionKzt: null },
      { year: 2025, source: 'republican_budget', amountMillionKzt: null },
    ]);
    expect(summary.rows[0]?.total).toBeNull();
    expect(summary.total).toBeNull();
  });

  it('adds known amounts when some are within allocated funds', () => {
    const summary = summarizeCosts([
      { year: 2024, source: 'local_budget', amountMillionKzt: null },
      { year: 2024, source: 'republican_budget', amountMillionKzt: 10 },
    ]);
    expect(summary.yearTotals).toEqual([10]);
    expect(summary.total).toBe(10);
  });

  it('leaves "not required" out of the totals', () => {
    const notRequired = summarizeCosts([
      { year: 2024, source: 'not_required', amountMillionKzt: null },
      { year: 2025, source: 'not_required', amountMillionKzt: null },
    ]);
    expect(notRequired.isFundingNotRequired).toBe(true);
    expect(notRequired.total).toBeUndefined();

    const mixed = summarizeCosts([
      { year: 2024, source: 'not_required', amountMillionKzt: null },
      { year: 2024, source: 'own_funds', amountMillionKzt: 5 },
    ]);
    expect(mixed.isFundingNotRequired).toBe(false);
    expect(mixed.total).toBe(5);
  });

  it('has nothing to show without costs', () => {
    expect(summarizeCosts([])).toEqual({ years: [], rows: [], isFundingNotRequired: false, yearTotals: [], total: undefined });
  });
});
