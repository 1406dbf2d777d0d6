// Technical coefficients and the Leontief inverse (DOMAIN.md section 5), with the productivity test:
// a table whose inverse does not exist or has a negative entry cannot turn final demand into output.
import { NonProductiveTableError } from './errors';
import { DEFAULT_PIVOT_TOLERANCE, invertMatrix, SingularMatrixError } from './lu';
import { columnSums, createMatrix, identityMatrix, subtractMatrices, type Matrix } from './matrix';

/** Entries of an inverse below -this count as negative; above it they are rounding noise of a zero. */
export const NEGATIVE_ENTRY_TOLERANCE = 1e-12;

export interface LeontiefOptions {
  pivotTolerance?: number;
  negativeTolerance?: number;
  /** Names of the rows and columns (product codes), used in error messages. */
  labels?: readonly string[];
  /** Which model is inverted, for the error: the open one (Type I) or the one closed for households. */
  model?: 'open' | 'closed';
}

/** A = Z diag(x)^-1: A(i,j) is the input of product i per unit of output of product j. */
export function technicalCoefficients(flows: Matrix, output: ArrayLike<number>): Matrix {
  const n = flows.rows;
  if (flows.cols !== n || output.length !== n) throw new RangeError(`technical coefficients need an n x n flow matrix and n outputs`);
  const a = createMatrix(n, n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) a.data[i * n + j] = flows.data[i * n + j]! / output[j]!;
  }
  return a;
}

/**
 * L = (I - A)^-1. Throws NonProductiveTableError when I - A is singular or L has an entry below
 * -negativeTolerance (the mathematical test of a productive A is L >= 0).
 */
export function leontiefInverse(a: Matrix, options: LeontiefOptions = {}): Matrix {
  const model = options.model ?? 'open';
  const label = (index: number): string => (options.labels?.[index] !== undefined ? `"${options.labels[index]}"` : String(index + 1));
  const subject = model === 'open' ? 'the table is not productive' : 'the model closed for households is not productive';
  // In the closed model a households column above 1 is normal (spending also comes from other income).
  const hint = model === 'open' ? overusedColumns(a, options.labels) : '';
  let inverse: Matrix;
  try {
    inverse = invertMatrix(subtractMatrices(identityMatrix(a.rows), a), {
      pivotTolerance: options.pivotTolerance ?? DEFAULT_PIVOT_TOLERANCE,
    });
  } catch (error) {
    if (!(error instanceof SingularMatrixError)) throw error;
    throw new NonProductiveTableError(
      model === 'open'
        ? `${subject}: I - A is singular, so some group of products uses up at least as much of its own output as it produces${hint}`
        : `${subject}: I - Abar is singular, so household spending of labour income generates exactly as much labour income again`,
      { model, reason: 'singular', column: error.column, value: error.pivot },
    );
  }
  const threshold = -(options.negativeTolerance ?? NEGATIVE_ENTRY_TOLERANCE);
  const n = inverse.rows;
  let worst = -1;
  for (let k = 0; k < inverse.data.length; k++) {
    if (inverse.data[k]! < threshold && (worst < 0 || inverse.data[k]! < inverse.data[worst]!)) worst = k;
  }
  if (worst >= 0) {
    const row = Math.floor(worst / n);
    const column = worst % n;
    const value = inverse.data[worst]!;
    const cause =
      model === 'open'
        ? 'the input coefficients are too large for any non-negative output to meet final demand'
        : 'each unit of household spending generates at least a unit of labour income again; check household_consumption against compensation';
    throw new NonProductiveTableError(`${subject}: the inverse has a negative entry at (${label(row)}, ${label(column)}) = ${value}: ${cause}${hint}`, {
      model,
      reason: 'negative-entry',
      row,
      column,
      value,
    });
  }
  return inverse;
}

/**
 * Names the columns whose inputs per unit of output add up to 1 or more: the usual culprits of a
 * non-productive table (a unit or sign error in one row or column), so the message points somewhere.
 */
function overusedColumns(a: Matrix, labels?: readonly string[]): string {
  const sums = columnSums(a);
  const names: string[] = [];
  sums.forEach((sum, j) => {
    if (sum >= 1) names.push(`${labels?.[j] !== undefined ? `"${labels[j]}"` : j + 1} (${Number(sum.toPrecision(4))})`);
  });
  if (names.length === 0) return '';
  const shown = names.slice(0, 10).join(', ') + (names.length > 10 ? `, ... (${names.length} in all)` : '');
  return `; inputs per unit of output are 1 or more in column ${shown}`;
}

/**
 * Abar for the Type II model (DOMAIN.md section 5): A bordered by row n+1 = h (labour income per
 * unit of output) and column n+1 = household consumption per unit of total labour income, with a
 * zero corner because households are not assumed to buy labour from each other.
 */
export function closeForHouseholds(a: Matrix, incomeCoefficients: ArrayLike<number>, consumptionCoefficients: ArrayLike<number>): Matrix {
  const n = a.rows;
  if (incomeCoefficients.length !== n || consumptionCoefficients.length !== n) {
    throw new RangeError(`closing a ${n}-product model needs ${n} income and ${n} consumption coefficients`);
  }
  const m = n + 1;
  const closed = createMatrix(m, m);
  for (let i = 0; i < n; i++) {
    closed.data.set(a.data.subarray(i * n, (i + 1) * n), i * m);
    closed.data[i * m + n] = consumptionCoefficients[i]!;
    closed.data[n * m + i] = incomeCoefficients[i]!;
  }
  return closed;
}
