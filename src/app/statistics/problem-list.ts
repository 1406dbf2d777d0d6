// Problems found in a file: every one is counted, the first ones are kept for the report, so that a
// file with a million bad rows still gives a readable report in bounded memory.
import type { ObservationProblem } from '../../io/observations-format';

export const DEFAULT_PROBLEM_LIMIT = 1000;

export class ProblemList {
  private readonly kept: ObservationProblem[] = [];
  private total = 0;

  constructor(private readonly limit = DEFAULT_PROBLEM_LIMIT) {}

  readonly add = (problem: ObservationProblem): void => {
    this.total++;
    if (this.kept.length < this.limit) this.kept.push(problem);
  };

  get count(): number {
    return this.total;
  }

  /** The kept problems by row (problems found by a database look-up arrive after later rows). */
  list(): ObservationProblem[] {
    return [...this.kept].sort((a, b) => a.row - b.row);
  }
}
