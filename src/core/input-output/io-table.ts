// The symmetric product-by-product input-output table of domestic flows, as DOMAIN.md section 5
// uses it, and the consistency checks every table must pass before any multiplier is computed.

export interface IoProduct {
  code: string;
  name: string;
}

/** All money columns share one unit (e.g. million tenge); employment is in persons or thousands. */
export interface IoTable {
  products: IoProduct[];
  /** flows[i][j] = Z(i,j): domestic product i used as input to produce product j. */
  flows: number[][];
  /** Household final consumption of domestic product i: the column that closes the model (Type II). */
  householdConsumption: number[];
  /** Every other final use of domestic product i (government, NPISH, investment, inventories, exports). */
  otherFinalDemand: number[];
  /** x(i), output of product i. */
  totalOutput: number[];
  /** Gross value added of product i. */
  gva: number[];
  /** Compensation of employees in producing product i: the labour income of the Type II closure. */
  compensation: number[];
  /** Persons employed (or full-time equivalents) in producing product i. */
  employment: number[];
}

export type IoTableVector = 'householdConsumption' | 'otherFinalDemand' | 'totalOutput' | 'gva' | 'compensation' | 'employment';
export const IO_TABLE_VECTORS: readonly IoTableVector[] = [
  'householdConsumption',
  'otherFinalDemand',
  'totalOutput',
  'gva',
  'compensation',
  'employment',
];

export type IoTableIssueKind =
  | 'shape'
  | 'empty-code'
  | 'repeated-code'
  | 'not-finite'
  | 'negative'
  | 'non-positive-output'
  | 'unbalanced'
  | 'no-compensation';

/** One problem, located by 0-based indices so that each reader (file, API) can name the cell its way. */
export interface IoTableIssue {
  kind: IoTableIssueKind;
  field: 'code' | 'flows' | IoTableVector | 'table';
  /** Row: the product whose row holds the problem. */
  product?: number;
  /** For flows: the product whose column holds the problem. */
  column?: number;
  /** For 'unbalanced': the row total minus total output. */
  difference?: number;
  message: string;
}

/** Default relative tolerance of the row balance: |sum - x| <= tolerance * |x|. */
export const DEFAULT_BALANCE_TOLERANCE = 1e-6;

/**
 * Final uses that may be negative in a real table: changes in inventories sit in other final demand,
 * and subsidised products can have negative value added. Everything else is a flow or a count.
 */
const MAY_BE_NEGATIVE: ReadonlySet<IoTableVector> = new Set(['otherFinalDemand', 'gva']);

export interface IoTableCheckOptions {
  /** Relative tolerance of the row balance; default DEFAULT_BALANCE_TOLERANCE (1e-6). */
  balanceTolerance?: number;
}

/** Returns every problem found; an empty list means the table can go to the Leontief inverse. */
export function checkIoTable(table: IoTable, options: IoTableCheckOptions = {}): IoTableIssue[] {
  const tolerance = options.balanceTolerance ?? DEFAULT_BALANCE_TOLERANCE;
  const n = table.products.length;
  const issues: IoTableIssue[] = [];
  if (n === 0) return [{ kind: 'shape', field: 'table', message: 'the table has no products' }];
  if (table.flows.length !== n || table.flows.some((row) => row.length !== n)) {
    issues.push({ kind: 'shape', field: 'flows', message: `the flow matrix must be ${n} x ${n}, one row and one column per product` });
  }
  for (const field of IO_TABLE_VECTORS) {
    if (table[field].length !== n) {
      issues.push({ kind: 'shape', field, message: `${field} has ${table[field].length} entries for ${n} products` });
    }
  }
  // The checks below go on despite a wrong shape, on whatever each row has, so that a reader can
  // report every problem of a file in one pass rather than one per attempt.

  const seen = new Map<string, number>();
  table.products.forEach(({ code }, i) => {
    if (code.trim() === '') issues.push({ kind: 'empty-code', field: 'code', product: i, message: `product ${i + 1} has no code` });
    else if (seen.has(code)) {
      issues.push({ kind: 'repeated-code', field: 'code', product: i, message: `the code "${code}" repeats product ${seen.get(code)! + 1}` });
    } else seen.set(code, i);
  });

  for (let i = 0; i < n; i++) {
    const row = table.flows[i] ?? [];
    for (let j = 0; j < row.length; j++) {
      const value = row[j]!;
      if (!Number.isFinite(value)) issues.push({ kind: 'not-finite', field: 'flows', product: i, column: j, message: `the flow is not a finite number (${value})` });
      else if (value < 0) issues.push({ kind: 'negative', field: 'flows', product: i, column: j, message: `the flow is negative (${value})` });
    }
    for (const field of IO_TABLE_VECTORS) {
      const value = table[field][i];
      if (value === undefined) continue;
      if (!Number.isFinite(value)) issues.push({ kind: 'not-finite', field, product: i, message: `the value is not a finite number (${value})` });
      else if (field === 'totalOutput' && value <= 0) {
        issues.push({ kind: 'non-positive-output', field, product: i, message: `total output must be positive, got ${value}` });
      } else if (value < 0 && !MAY_BE_NEGATIVE.has(field)) {
        issues.push({ kind: 'negative', field, product: i, message: `the value is negative (${value})` });
      }
    }
    const balance = rowBalance(table, i);
    const output = table.totalOutput[i] ?? Number.NaN;
    if (Number.isFinite(balance) && Number.isFinite(output) && output > 0) {
      const difference = balance - output;
      if (Math.abs(difference) > tolerance * Math.abs(output)) {
        issues.push({
          kind: 'unbalanced',
          field: 'totalOutput',
          product: i,
          difference,
          message:
            `intermediate use plus household consumption plus other final demand is ${balance}, total output is ${output}: ` +
            `difference ${formatSigned(difference)} (${formatSigned((100 * difference) / output)}%), beyond the relative tolerance ${tolerance}`,
        });
      }
    }
  }
  const compensation = table.compensation.reduce((sum, value) => sum + value, 0);
  if (issues.length === 0 && !(compensation > 0)) {
    issues.push({
      kind: 'no-compensation',
      field: 'compensation',
      message: 'compensation sums to zero: households cannot be closed into the model (Type II needs labour income)',
    });
  }
  return issues;
}

/** sum_j Z(i,j) + household consumption + other final demand: what row i says product i is used for. */
export function rowBalance(table: IoTable, i: number): number {
  const flows = (table.flows[i] ?? [Number.NaN]).reduce((sum, value) => sum + value, 0);
  return flows + (table.householdConsumption[i] ?? Number.NaN) + (table.otherFinalDemand[i] ?? Number.NaN);
}

/** Total final demand of product i, f(i) = household consumption + other final demand. */
export function finalDemand(table: IoTable): number[] {
  return table.householdConsumption.map((c, i) => c + table.otherFinalDemand[i]!);
}

function formatSigned(value: number): string {
  const text = Math.abs(value) >= 1e-3 || value === 0 ? String(Number(value.toPrecision(6))) : value.toExponential(3);
  return value > 0 ? `+${text}` : text;
}

/** The issue's message prefixed with where it is, by product code when the table is at hand. */
export function describeIssue(issue: IoTableIssue, table?: IoTable): string {
  const name = (index: number): string => {
    const code = table?.products[index]?.code;
    return code ? `"${code}"` : `${index + 1}`;
  };
  if (issue.product === undefined) return issue.message;
  if (issue.field === 'flows' && issue.column !== undefined) {
    return `flow from product ${name(issue.product)} to product ${name(issue.column)}: ${issue.message}`;
  }
  return `product ${name(issue.product)}, ${issue.field}: ${issue.message}`;
}
