import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram, main } from '../main';
import { UserError } from '../output';

let folder: string;
let stdout: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zhospar-index-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function file(name: string, text: string): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, text, 'utf8');
  return path;
}

async function run(...args: string[]): Promise<string> {
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  await buildProgram().parseAsync(['node', 'zhospar', 'index', ...args]);
  return stdout;
}

describe('zhospar index derive', () => {
  // 2022: 50, 100, 150, then 80 to December; 2023: 60, 100, 150.
  const levels = ['2022-01,50', '2022-02,100', '2022-03,150', ...Array.from({ length: 9 }, (_, i) => `2022-${String(i + 4).padStart(2, '0')},80`), '2023-01,60', '2023-02,100', '2023-03,150'];

  it('prints indices in percent with null where undefined', async () => {
    const path = await file('levels.csv', `period,level\n${levels.join('\n')}\n`);
    const rows = JSON.parse(await run('derive', '--levels', path, '--json')) as Record<string, number | null>[];
    expect(rows).toHaveLength(15);
    expect(rows[0]).toEqual({ period: '2022-01', level: 50, mom: null, yoy: null, ytd: null });
    expect(rows[12]).toEqual({ period: '2023-01', level: 60, mom: 75, yoy: 120, ytd: 120 });
    expect(rows[14]!.ytd).toBeCloseTo((100 * 310) / 300, 12); // cumulated volumes, not mean of rates
    expect(rows[14]!.yoy).toBe(100);
  });

  it('reproduces the Rosstat example from levels rounded to one decimal', async () => {
    // Aggregate levels of DOMAIN.md section 7 at full precision: sums of computed values / sum of GVA.
    const gva = 638392 + 43545;
    const path = await file(
      'rosstat.csv',
      `period,level\n2022-10,${(100 * (769119 + 43850)) / gva}\n2023-09,${(100 * (772142 + 47333)) / gva}\n2023-10,${(100 * (783395 + 44111)) / gva}\n`,
    );
    const rounded = JSON.parse(await run('derive', '--levels', path, '--json', '--level-decimals', '1', '--decimals', '1'));
    expect(rounded[2]).toEqual({ period: '2023-10', level: 121.3, mom: 100.9, yoy: 101.8, ytd: null });
    const full = JSON.parse(await run('derive', '--levels', path, '--json', '--decimals', '2'));
    expect(full[2].mom).toBe(100.98);
  });

  it('prints an aligned table without --json', async () => {
    const path = await file('levels-table.csv', `period,level\n${levels.join('\n')}\n`);
    const lines = (await run('derive', '--levels', path)).trimEnd().split('\n');
    expect(lines[0]!.split(/\s+/)).toEqual(['period', 'level', 'mom', 'yoy', 'ytd']);
    expect(lines[13]!.split(/\s+/)).toEqual(['2023-01', '60.0', '75.0', '120.0', '120.0']);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });

  it('names the row and column of a bad value and exits non-zero', async () => {
    const path = await file('bad.csv', 'period,level\n2023-01,100\n2023-02,1o1\n');
    await expect(run('derive', '--levels', path, '--json')).rejects.toThrow(UserError);
    await expect(run('derive', '--levels', path, '--json')).rejects.toThrow(`Levels file "${path}", row 3, column "level": "1o1" is not a number`);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['node', 'zhospar', 'index', 'derive', '--levels', path])).toBe(1);
    expect(String(stderr.mock.calls[0]![0])).toContain('row 3, column "level"');
  });

  it('names the row of a bad period', async () => {
    const path = await file('bad-period.csv', 'period,level\n2023-01,100\n2023-1,101\n');
    await expect(run('derive', '--levels', path)).rejects.toThrow('row 3, column "period": "2023-1" is not a month written as YYYY-MM');
  });
});

describe('zhospar index aggregate', () => {
  // The hand-computed example of src/core/stats/chain-link.test.ts: C = 100 (2020), 102 (2021),
  // 109.14 (2022-01); A grew 10% with weight 0.7 into 2022, B stayed flat.
  const levelRows = ['branch,period,level'];
  for (const [branch, a, b, c] of [['A', 100, 110, 121], ['B', 50, 45, 45]] as const) {
    for (let m = 1; m <= 12; m++) levelRows.push(`${branch},2020-${String(m).padStart(2, '0')},${a}`);
    for (let m = 1; m <= 12; m++) levelRows.push(`${branch},2021-${String(m).padStart(2, '0')},${b}`);
    levelRows.push(`${branch},2022-01,${c}`);
  }
  const weights = 'branch,year,weight\nA,2020,60\nB,2020,40\nA,2021,70\nB,2021,30\n';

  it('prints the chained aggregate and contributions', async () => {
    const levelsPath = await file('branches.csv', `${levelRows.join('\n')}\n`);
    const weightsPath = await file('weights.csv', weights);
    const result = JSON.parse(await run('aggregate', '--levels', levelsPath, '--weights', weightsPath, '--json'));
    expect(result.referenceYear).toBe(2020);
    expect(result.aggregate).toHaveLength(25);
    expect(result.aggregate[0]).toEqual({ period: '2020-01', level: 100, mom: null, yoy: null, ytd: null });
    expect(result.aggregate[24].period).toBe('2022-01');
    expect(result.aggregate[24].level).toBeCloseTo(109.14, 10);
    expect(result.aggregate[24].yoy).toBeCloseTo(107, 10);
    expect(result.contributions).toHaveLength(26);
    expect(result.contributions[0]).toEqual({ branch: 'A', period: '2021-01', yoyPoints: expect.closeTo(6, 10) });
    // DOMAIN.md section 4: 100 * (T(k,y,m) - T(k,y-1,m)) / C(y-1,m) with C(2021-01) = 102.
    expect(result.contributions.slice(-2)).toEqual([
      { branch: 'A', period: '2022-01', yoyPoints: expect.closeTo((100 * (78.54 - 66)) / 102, 10) },
      { branch: 'B', period: '2022-01', yoyPoints: expect.closeTo((100 * (30.6 - 36)) / 102, 10) },
    ]);
    const overlap = JSON.parse(
      await run('aggregate', '--levels', levelsPath, '--weights', weightsPath, '--contribution-method', 'annual-overlap', '--json'),
    );
    expect(overlap.contributions.slice(-2)).toEqual([
      { branch: 'A', period: '2022-01', yoyPoints: expect.closeTo(7, 10) },
      { branch: 'B', period: '2022-01', yoyPoints: expect.closeTo(0, 10) },
    ]);
  });

  it('re-references to the requested year', async () => {
    const levelsPath = await file('branches-ref.csv', `${levelRows.join('\n')}\n`);
    const weightsPath = await file('weights-ref.csv', weights);
    const result = JSON.parse(await run('aggregate', '--levels', levelsPath, '--weights', weightsPath, '--reference-year', '2021', '--json', '--decimals', '2'));
    expect(result.referenceYear).toBe(2021);
    expect(result.aggregate[0].level).toBe(98.04); // 100 * 100 / 102
    expect(result.aggregate[24].level).toBe(107); // 100 * 109.14 / 102
    await expect(run('aggregate', '--levels', levelsPath, '--weights', weightsPath, '--reference-year', '2022')).rejects.toThrow(/complete year/);
  });

  it('says which branch lacks a level or a weight', async () => {
    const levelsPath = await file('branches-gap.csv', `${levelRows.filter((row) => row !== 'B,2021-05,45').join('\n')}\n`);
    const weightsPath = await file('weights-gap.csv', weights);
    await expect(run('aggregate', '--levels', levelsPath, '--weights', weightsPath)).rejects.toThrow('branch "B" has no level for 2021-05');
    const noWeights = await file('weights-missing.csv', 'branch,year,weight\nA,2020,60\nA,2021,70\n');
    await expect(run('aggregate', '--levels', levelsPath, '--weights', noWeights)).rejects.toThrow(
      `Weights file "${noWeights}" has no weight for branch "B" (levels file row 27).`,
    );
  });

  it('names the row and column of a bad weight', async () => {
    const levelsPath = await file('branches-ok.csv', `${levelRows.join('\n')}\n`);
    const weightsPath = await file('weights-bad.csv', 'branch,year,weight\nA,2020,60\nB,2020,-4\n');
    await expect(run('aggregate', '--levels', levelsPath, '--weights', weightsPath)).rejects.toThrow(
      `Weights file "${weightsPath}", row 3, column "weight": the weight must be greater than zero, got -4`,
    );
  });
});
