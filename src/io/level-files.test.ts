import { describe, expect, it } from 'vitest';
import { parseBranchLevelsCsv, parseBranchWeightsCsv, parseLevelsCsv } from './level-files';
import { CsvFormatError } from './csv';
import { monthIndex } from '../core/stats';

function failure(run: () => unknown): CsvFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof CsvFormatError) return error;
    throw error;
  }
  throw new Error('expected a CsvFormatError');
}

describe('parseLevelsCsv', () => {
  it('reads periods and levels, with decimal commas and extra columns', () => {
    const rows = parseLevelsCsv('period,level,note\n2023-01,"100,5",x\r\n2023-02,101.25,\n');
    expect(rows).toEqual([
      { rowNumber: 2, period: '2023-01', month: monthIndex(2023, 1), level: 100.5 },
      { rowNumber: 3, period: '2023-02', month: monthIndex(2023, 2), level: 101.25 },
    ]);
  });
  it('names the row and column of each kind of problem', () => {
    expect(failure(() => parseLevelsCsv('period,level\n2023-01,100\n2023-13,101')).message).toBe(
      'row 3, column "period": "2023-13" has month 13; months run from 01 to 12',
    );
    expect(failure(() => parseLevelsCsv('period,level\n2023-01,abc')).message).toBe('row 2, column "level": "abc" is not a number');
    expect(failure(() => parseLevelsCsv('period,level\n2023-01,0')).message).toBe('row 2, column "level": the level must be greater than zero, got 0');
    expect(failure(() => parseLevelsCsv('period,level\n2023-01,1\n2023-01,2')).message).toBe(
      'row 3, column "period": 2023-01 already appears in row 2',
    );
    expect(failure(() => parseLevelsCsv('period,level\n,1')).message).toBe('row 2, column "period": the period is empty; write it as YYYY-MM');
    expect(failure(() => parseLevelsCsv('month,level\n2023-01,1')).column).toBe('period');
    expect(failure(() => parseLevelsCsv('period,level\n')).message).toBe('row 1: the file has a header but no data rows');
  });
});

describe('parseBranchLevelsCsv and parseBranchWeightsCsv', () => {
  it('reads branches, periods, years and weights', () => {
    expect(parseBranchLevelsCsv('branch,period,level\n28.1,2023-01,99\n')).toEqual([
      { rowNumber: 2, branch: '28.1', period: '2023-01', month: monthIndex(2023, 1), level: 99 },
    ]);
    expect(parseBranchWeightsCsv('branch,year,weight\n28.1,2022,"1 234,5"\n')).toEqual([{ rowNumber: 2, branch: '28.1', year: 2022, weight: 1234.5 }]);
  });
  it('names the row and column of each kind of problem', () => {
    expect(failure(() => parseBranchLevelsCsv('branch,period,level\n,2023-01,1')).message).toBe('row 2, column "branch": the branch is empty');
    expect(failure(() => parseBranchLevelsCsv('branch,period,level\nA,2023-01,1\nA,2023-01,1')).message).toBe(
      'row 3, column "period": branch "A" has 2023-01 already in row 2',
    );
    expect(failure(() => parseBranchWeightsCsv('branch,year,weight\nA,22,1')).message).toBe('row 2, column "year": "22" is not a year written as YYYY');
    expect(failure(() => parseBranchWeightsCsv('branch,year,weight\nA,2022,')).message).toBe('row 2, column "weight": the weight is empty');
    expect(failure(() => parseBranchWeightsCsv('branch,year,weight\nA,2022,1\nA,2022,2')).message).toBe(
      'row 3, column "year": branch "A" has 2022 already in row 2',
    );
  });
});
