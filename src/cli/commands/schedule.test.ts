import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { buildProgram } from '../main';
import { UserError } from '../output';
import { UNRECOGNISED_EXIT_CODE } from './schedule';

const QUARTERLY = 'ежеквартально, до 10 числа месяца, следующего за отчетным кварталом';

let stdout: MockInstance<typeof process.stdout.write>;
let stderr: MockInstance<typeof process.stderr.write>;

beforeEach(() => {
  stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());

const written = (spy: MockInstance<typeof process.stdout.write>) => spy.mock.calls.map((call) => String(call[0])).join('');

async function explain(...args: string[]): Promise<void> {
  await buildProgram().parseAsync(['node', 'zhospar', 'schedule', 'explain', ...args]);
}

describe('zhospar schedule explain', () => {
  it('prints the quarterly due dates of 2024-2025 as JSON, moved off weekends', async () => {
    await explain(QUARTERLY, '--from', '2024', '--to', '2025', '--json');
    // 10 January 2026 is a Saturday: the report is due on Monday 12 January.
    expect(JSON.parse(written(stdout))).toEqual([
      { period: '2024-Q1', due: '2024-04-10' },
      { period: '2024-Q2', due: '2024-07-10' },
      { period: '2024-Q3', due: '2024-10-10' },
      { period: '2024-Q4', due: '2025-01-10' },
      { period: '2025-Q1', due: '2025-04-10' },
      { period: '2025-Q2', due: '2025-07-10' },
      { period: '2025-Q3', due: '2025-10-10' },
      { period: '2025-Q4', due: '2026-01-12', nominalDue: '2026-01-10' },
    ]);
    expect(Object.keys(JSON.parse(written(stdout))[7])).toEqual(['period', 'due', 'nominalDue']);
  });

  it('moves annual dates off weekends over 2024-2028', async () => {
    await explain('ежегодно, до 25 января', '--from', '2024', '--to', '2028', '--json');
    expect(JSON.parse(written(stdout))).toEqual([
      { period: '2024', due: '2025-01-27', nominalDue: '2025-01-25' },
      { period: '2025', due: '2026-01-26', nominalDue: '2026-01-25' },
      { period: '2026', due: '2027-01-25' },
      { period: '2027', due: '2028-01-25' },
      { period: '2028', due: '2029-01-25' },
    ]);
  });

  it('keeps dates as written with --no-working-days and marks assumed ones', async () => {
    await explain('2024-2028 годы', '--from', '2027', '--to', '2028', '--json', '--no-working-days');
    expect(JSON.parse(written(stdout))).toEqual([
      { period: '2027', due: '2027-12-31', dueDateAssumed: true },
      { period: '2028', due: '2028-12-31', dueDateAssumed: true },
    ]);
  });

  it('explains the reading in words and shows moved dates in a table', async () => {
    await explain(QUARTERLY, '--from', '2025', '--to', '2025');
    const text = written(stdout);
    expect(text).toContain('Recognised: Quarterly over the plan period: due by the 10th of the month after each quarter');
    expect(text).toMatch(/2025-Q4\s+2026-01-12 Mon\s+moved from 2026-01-10 Sat/);
    expect(text).toMatch(/2025-Q1\s+2025-04-10 Thu\n/);
  });

  it('refuses an unrecognised deadline with a clear message and its own exit code', async () => {
    const failure = explain('по мере необходимости', '--json');
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toMatchObject({ exitCode: UNRECOGNISED_EXIT_CODE, message: expect.stringContaining('schedule these obligations by hand') });
    expect(written(stdout)).toBe('');
  });

  it('refuses bad years', async () => {
    await expect(explain('2025 год', '--from', 'twenty')).rejects.toThrow(/--from must be a year/);
    await expect(explain('2025 год', '--from', '2028', '--to', '2024')).rejects.toThrow(/after --to/);
  });

  it('warns on stderr when due dates fall outside the calendar years', async () => {
    await explain('ежегодно, до 25 января', '--from', '2030', '--to', '2030', '--json');
    expect(written(stderr)).toContain('the holiday calendar covers 2024-2030');
    expect(JSON.parse(written(stdout))).toEqual([{ period: '2030', due: '2031-01-27', nominalDue: '2031-01-25' }]);
  });

  it('says where the calendar is missing', async () => {
    await expect(explain('2025 год', '--calendar', '/nonexistent/calendar.csv')).rejects.toThrow(/does not exist/);
  });
});
