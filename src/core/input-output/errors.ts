// Errors of the input-output engine. Each carries structured details as well as a sentence, so the
// CLI can print it, the API can return it as data, and the web can translate it.
import { describeIssue, type IoTable, type IoTableIssue } from './io-table';

/** The table's data are inconsistent (shape, signs, balances); every problem found is listed. */
export class IoTableError extends Error {
  constructor(
    readonly issues: readonly IoTableIssue[],
    table?: IoTable,
  ) {
    super(
      `the input-output table has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n` +
        issues.map((issue) => `- ${describeIssue(issue, table)}`).join('\n'),
    );
    this.name = 'IoTableError';
  }
}

export type NonProductiveReason = 'singular' | 'negative-entry';

/**
 * The Leontief inverse does not exist or has negative entries: no non-negative output can meet a
 * non-negative final demand, so no multiplier computed from the table would mean anything.
 */
export class NonProductiveTableError extends Error {
  constructor(
    message: string,
    readonly details: {
      /** 'open': I - A; 'closed': the model closed for households (Type II). */
      model: 'open' | 'closed';
      reason: NonProductiveReason;
      /** 0-based indices of the offending entry of the inverse, or the failing pivot column. */
      row?: number;
      column?: number;
      value?: number;
    },
  ) {
    super(message);
    this.name = 'NonProductiveTableError';
  }
}

/** An impact or claim request that the table cannot answer (unknown code, bad mix, no employment). */
export class IoRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IoRequestError';
  }
}
