import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../main';
import { UserError } from '../output';

const header = 'code,name,1,2,household_consumption,other_final_demand,total_output,gva,compensation,employment';
const millerBlair = `${header}\n1,Sector 1,150,500,150,200,1000,650,400,20\n2,Sector 2,200,100,700,1000,2000,1400,600,60\n`;

let folder: string;
let table: string;
let stdout: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zhospar-io-cli-'));
  table = join(folder, 'miller-blair.csv');
  await writeFile(table, millerBlair);
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function run(...args: string[]): Promise<string> {
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  await buildProgram().parseAsync(['node', 'zhospar', 'io', ...args]);
  return stdout;
}

describe('zhospar io multipliers', () => {
  it('prints the multipliers of every product as JSON', async () => {
    const out = JSON.parse(await run('multipliers', '--table', table, '--json')) as { products: Record<string, unknown>[] };
    expect(Object.keys(out.products[0]!)).toEqual([
      'code',
      'outputMultiplier',
      'gvaMultiplier',
      'employmentMultiplier',
      'employmentTypeI',
      'employmentTypeII',
      'incomeTypeI',
      'incomeTypeII',
    ]);
    expect(out.products.map((p) => (p.outputMultiplier as number).toFixed(4))).toEqual(['1.5182', '1.4521']);
    expect(out.products[0]!.employmentTypeII).toBeCloseTo(3.2957110609, 9);
  });

  it('prints an aligned table without --json, and n/a where a ratio is undefined', async () => {
    const noJobs = join(folder, 'no-jobs.csv');
    await writeFile(noJobs, millerBlair.replace('400,20', '400,0'));
    const lines = (await run('multipliers', '--table', noJobs)).split('\n');
    expect(lines[0]).toMatch(/^code {2}name {6}output {5}GVA {2}employment {2}jobs Type I/);
    expect(lines[1]).toMatch(/^1 {5}Sector 1 {2}1\.5182 {2}1\.0000 .* n\/a +n\/a +1\.4521 +2\.4831$/);
  });

  it('reads XLSX tables too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('table');
    millerBlair
      .trim()
      .split('\n')
      .forEach((line, i) => sheet.addRow(line.split(',').map((cell, c) => (i > 0 && c > 1 ? Number(cell) : cell))));
    const path = join(folder, 'miller-blair.xlsx');
    await workbook.xlsx.writeFile(path);
    const out = JSON.parse(await run('multipliers', '--table', path, '--json')) as { products: { incomeTypeI: number }[] };
    expect(out.products[1]!.incomeTypeI).toBeCloseTo(1.5621562156, 9);
  });

  it('fails with every problem of the file, each naming its cell', async () => {
    const bad = join(folder, 'bad.csv');
    await writeFile(bad, millerBlair.replace('150,500,150', '150,-500,150').replace('600,60', '600,sixty'));
    const failure = run('multipliers', '--table', bad);
    await expect(failure).rejects.toThrow(UserError);
    await expect(failure).rejects.toThrow(
      `${bad}: the input-output table has 3 problems:\n- row 2, column "2": the flow is negative (-500)\n` +
        '- row 2, column "total_output": intermediate use plus household consumption plus other final demand is 0, total output is 1000: ' +
        'difference -1000 (-100%), beyond the relative tolerance 0.000001\n- row 3, column "employment": "sixty" is not a number',
    );
  });

  it('says when the file does not exist, and applies --tolerance', async () => {
    await expect(run('multipliers', '--table', join(folder, 'missing.csv'))).rejects.toThrow(/does not exist/);
    const off = join(folder, 'off.csv');
    await writeFile(off, millerBlair.replace('200,1000,650', '200,1000.5,650'));
    await expect(run('multipliers', '--table', off)).rejects.toThrow(/total_output.*difference -0\.5/);
    expect(await run('multipliers', '--table', off, '--tolerance', '0.001', '--json')).toContain('outputMultiplier');
  });
});

describe('zhospar io impact', () => {
  it('prints the impact of direct jobs in a product, by product and in total, split three ways', async () => {
    const out = JSON.parse(await run('impact', '--table', table, '--product', '1', '--jobs', '100', '--json'));
    expect(out.finalDemandTotal).toBeCloseTo(5000, 9);
    expect(out.totals.jobs.direct).toBeCloseTo(100, 9);
    expect(out.totals.jobs.direct + out.totals.jobs.indirect).toBeCloseTo(165.0165016502, 8);
    expect(out.totals.jobs.total).toBeCloseTo(329.5711060948, 8);
    expect(Object.keys(out.totals)).toEqual(['output', 'gva', 'income', 'jobs']);
    expect(Object.keys(out.totals.output)).toEqual(['direct', 'indirect', 'induced', 'typeI', 'total']);
    expect(out.products.map((p: { code: string }) => p.code)).toEqual(['1', '2']);
  });

  it('spreads final demand over a group by its final-demand mix, or by --mix', async () => {
    const byTable = JSON.parse(await run('impact', '--table', table, '--group', '1, 2', '--final-demand', '2050', '--json'));
    expect(byTable.products.map((p: { finalDemandChange: number }) => p.finalDemandChange)).toEqual([350, 1700].map((v) => expect.closeTo(v, 9)));
    expect(byTable.target.mixSource).toBe('table');
    const byMix = JSON.parse(await run('impact', '--table', table, '--group', '1,2', '--mix', '1=1,2=3', '--final-demand', '1000', '--json'));
    expect(byMix.products.map((p: { finalDemandChange: number }) => p.finalDemandChange)).toEqual([250, 750]);
  });

  it('prints a readable summary without --json', async () => {
    const out = await run('impact', '--table', table, '--product', '1', '--final-demand', '600');
    expect(out).toMatch(/^Impact of final demand of 600 in product 1; final demand 600\.00/);
    expect(out).toMatch(/\noutput +600\.00 +310\.89 /);
    expect(out).toMatch(/Jobs per direct job: Type I 1\.6502, Type II 3\.2957\./);
  });

  it('refuses contradictory or missing options and unknown codes', async () => {
    await expect(run('impact', '--table', table, '--jobs', '1')).rejects.toThrow('give either --product CODE or --group CODES.');
    await expect(run('impact', '--table', table, '--product', '1', '--group', '1', '--jobs', '1')).rejects.toThrow(UserError);
    await expect(run('impact', '--table', table, '--product', '1')).rejects.toThrow('give either --final-demand N or --jobs N.');
    await expect(run('impact', '--table', table, '--product', '7', '--jobs', '1')).rejects.toThrow('the table has no product "7"; its codes are 1, 2');
    await expect(run('impact', '--table', table, '--product', '1', '--jobs', 'many')).rejects.toThrow('--jobs must be a number, got "many".');
    await expect(run('impact', '--table', table, '--group', '1,2', '--mix', '1:3', '--jobs', '1')).rejects.toThrow(/CODE=SHARE/);
  });
});

describe('zhospar io check-claim', () => {
  it('prints the verdict object and the sentence', async () => {
    const verdict = JSON.parse(await run('check-claim', '--table', table, '--group', '1,2', '--label', 'both sectors', '--json'));
    expect(verdict).toMatchObject({ holds: false, basis: 'typeII', claimedRange: [8, 10], claimedRatioRange: [9, 11] });
    expect(verdict.typeI.ratio).toBeCloseTo(1.3793103448, 9);
    expect(verdict.sentence).toMatch(/^The claim of 8-10 related jobs per job \(a ratio of 9-11\) does not hold on this table: each direct job in both sectors/);
    const text = await run('check-claim', '--table', table, '--group', '1,2');
    expect(text).toMatch(/\nType II +2\.3562 +1\.3562 +0\.0000 +below\n$/);
  });
});
