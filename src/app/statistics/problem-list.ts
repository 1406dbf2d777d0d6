// Problems found in a file: every one is counted, the first ones by row are kept for the report, so
// that a file with a million bad rows still gives a readable report in bounded memory.
import type { ObservationProblem } from '../../io/observations-format';

export const DEFAULT_PROBLEM_LIMIT = 1000;

export class ProblemList {
  private readonly kept: ObservationProblem[] = [];
  private total = 0;
  /** The greatest row among the kept problems once the list is full. */
  private lastKeptRow = 0;

  constructor(readonly limit = DEFAULT_PROBLEM_LIMIT) {}

  /**
   * Counts a problem and keeps it if it is among the first `limit` by row. Problems found by the
   * comparison with stored rows arrive after the whole file has been read, and take the place of
   * kept problems of later rows.
   */
  readonly add = (problem: ObservationProblem): void => {
    this.total++;
    if (this.kept.length < this.limit) {
      this.kept.push(problem);
      if (this.kept.length === this.limit) this.lastKeptRow = Math.max(...this.kept.map((p) => p.row));
      return;
    }
    // Rows are read in order, so a later problem is usually past the kept ones: one comparison.
    if (this.limit === 0 || problem.row >= this.lastKeptRow) return;
    const last = this.kept.findLastIndex((p) => p.row === this.lastKeptRow);
    this.kept[last] = problem;
    this.lastKeptRow = Math.max(...this.kept.map((p) => p.row));
  };

  /** Counts problems that are not listed (found past the limit by a count in the database). */
  addUnlisted(count: number): void {
    this.total += count;
  }

  get count(): number {
    return this.total;
  }

  /** The kept problems by row. */
  list(): ObservationProblem[] {
    return [...this.kept].sort((a, b) => a.row - b.row);
  }
}
