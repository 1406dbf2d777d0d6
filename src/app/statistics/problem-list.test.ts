import { describe, expect, it } from 'vitest';
import { ProblemList } from './problem-list';

const problem = (row: number) => ({ row, column: null, message: `row ${row}` });

describe('ProblemList', () => {
  it('counts every problem and keeps the first ones by row, whatever order they come in', () => {
    const problems = new ProblemList(3);
    [5, 9, 12, 20].forEach((row) => problems.add(problem(row)));
    // Found later (by the comparison with stored rows), but earlier in the file.
    problems.add(problem(7));
    problems.add(problem(30));
    problems.addUnlisted(2);
    expect(problems.count).toBe(8);
    expect(problems.list().map((p) => p.row)).toEqual([5, 7, 9]);
  });

  it('keeps nothing with a limit of 0, and still counts', () => {
    const problems = new ProblemList(0);
    problems.add(problem(2));
    expect(problems.count).toBe(1);
    expect(problems.list()).toEqual([]);
  });
});
