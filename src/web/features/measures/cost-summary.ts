// Arranges a measure's estimated costs as the plan prints them: a row per financing source, a
// column per year, with totals. A null amount is "within allocated funds": it adds nothing to a sum,
// and a sum of nothing but such amounts stays null. Rows whose source is "not required" hold no
// money and stay out of the totals.
import type { MeasureDetail } from '../../../contracts/api/measures';

type Cost = MeasureDetail['costs'][number];
export type FinancingSource = Cost['source'];

/** undefined: no entry; null: within allocated funds; a number: million tenge. */
export type CostCell = number | null | undefined;

export interface CostRow {
  source: FinancingSource;
  isNotRequired: boolean;
  byYear: CostCell[];
  total: CostCell;
}

export interface CostSummary {
  years: number[];
  rows: CostRow[];
  /** True when every row says that no financing is required. */
  isFundingNotRequired: boolean;
  yearTotals: CostCell[];
  total: CostCell;
}

export function summarizeCosts(costs: Cost[]): CostSummary {
  const years = [...new Set(costs.map((cost) => cost.year))].sort((a, b) => a - b);
  const sources = [...new Set(costs.map((cost) => cost.source))];
  const rows = sources.map((source) => {
    const byYear = years.map((year) => sumCells(costs.filter((cost) => cost.source === source && cost.year === year).map((cost) => cost.amountMillionKzt)));
    return { source, isNotRequired: source === 'not_required', byYear, total: sumCells(byYear) };
  });
  const funded = rows.filter((row) => !row.isNotRequired);
  return {
    years,
    rows,
    isFundingNotRequired: rows.length > 0 && funded.length === 0,
    yearTotals: years.map((_, index) => sumCells(funded.map((row) => row.byYear[index]))),
    total: sumCells(funded.map((row) => row.total)),
  };
}

function sumCells(cells: CostCell[]): CostCell {
  const present = cells.filter((cell) => cell !== undefined);
  if (present.length === 0) return undefined;
  const amounts = present.filter((cell): cell is number => cell !== null);
  return amounts.length === 0 ? null : amounts.reduce((sum, amount) => sum + amount, 0);
}
