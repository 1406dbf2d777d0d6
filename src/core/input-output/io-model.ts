// Everything derived from a table once, so that multipliers, impacts and the claim check share one
// pair of inverses instead of recomputing them (the 300-product benchmark depends on it).
import { IoRequestError, IoTableError } from './errors';
import { checkIoTable, type IoTable, type IoTableCheckOptions } from './io-table';
import { closeForHouseholds, leontiefInverse, technicalCoefficients } from './leontief';
import { matrixFromRows, type Matrix } from './matrix';

export interface IoModel {
  readonly table: IoTable;
  readonly size: number;
  /** A = Z diag(x)^-1. */
  readonly coefficients: Matrix;
  /** L = (I - A)^-1, n x n. */
  readonly leontief: Matrix;
  /** Lbar = (I - Abar)^-1 of the model closed for households, (n+1) x (n+1); index n is households. */
  readonly closedLeontief: Matrix;
  /** v(i) = gva(i) / x(i). */
  readonly gvaCoefficients: Float64Array;
  /** e(i) = employment(i) / x(i): jobs per unit of output. */
  readonly employmentCoefficients: Float64Array;
  /** h(i) = compensation(i) / x(i): labour income per unit of output. */
  readonly incomeCoefficients: Float64Array;
  /** c(i) / sum compensation: household consumption of product i per unit of labour income. */
  readonly consumptionCoefficients: Float64Array;
}

export interface IoModelOptions extends IoTableCheckOptions {
  pivotTolerance?: number;
  negativeTolerance?: number;
}

/**
 * Checks the table, then builds A, L and the closed Lbar. Throws IoTableError listing every data
 * problem, or NonProductiveTableError when either inverse fails the productivity test.
 */
export function buildIoModel(table: IoTable, options: IoModelOptions = {}): IoModel {
  const issues = checkIoTable(table, options);
  if (issues.length > 0) throw new IoTableError(issues, table);
  const n = table.products.length;
  const labels = table.products.map((p) => p.code);
  const x = table.totalOutput;
  const coefficients = technicalCoefficients(matrixFromRows(table.flows), x);
  const inverseOptions = { pivotTolerance: options.pivotTolerance, negativeTolerance: options.negativeTolerance };
  const leontief = leontiefInverse(coefficients, { ...inverseOptions, labels, model: 'open' });

  const perUnitOfOutput = (values: readonly number[]): Float64Array => Float64Array.from(values, (value, i) => value / x[i]!);
  const incomeCoefficients = perUnitOfOutput(table.compensation);
  const totalCompensation = table.compensation.reduce((sum, value) => sum + value, 0);
  const consumptionCoefficients = Float64Array.from(table.householdConsumption, (c) => c / totalCompensation);
  const closedLeontief = leontiefInverse(closeForHouseholds(coefficients, incomeCoefficients, consumptionCoefficients), {
    ...inverseOptions,
    labels: [...labels, 'households'],
    model: 'closed',
  });
  return {
    table,
    size: n,
    coefficients,
    leontief,
    closedLeontief,
    gvaCoefficients: perUnitOfOutput(table.gva),
    employmentCoefficients: perUnitOfOutput(table.employment),
    incomeCoefficients,
    consumptionCoefficients,
  };
}

/** 0-based index of a product code; IoRequestError names the code and a few known ones. */
export function productIndex(model: IoModel, code: string): number {
  const index = model.table.products.findIndex((p) => p.code === code);
  if (index < 0) {
    const known = model.table.products.map((p) => p.code);
    const shown = known.slice(0, 12).join(', ') + (known.length > 12 ? `, ... (${known.length} in all)` : '');
    throw new IoRequestError(`the table has no product "${code}"; its codes are ${shown}`);
  }
  return index;
}
