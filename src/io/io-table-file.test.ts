import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeMultipliers } from '../core/input-output';
import { IoTableValidationError, parseIoTableCsv, readIoTableFile } from './io-table-file';
import { columnLetter } from './io-table-layout';

const header = 'code,name,1,2,household_consumption,other_final_demand,total_output,gva,compensation,employment';
const good = `${header}\n1,Sector 1,150,500,150,200,1000,650,400,20\n2,Sector 2,200,100,700,1000,2000,1400,600,60\n`;

/** The problems of a CSV text, formatted as the CLI prints them. */
function problemsOf(text: string, options = {}): string[] {
  try {
    parseIoTableCsv(text, options);
  } catch (error) {
    if (error instanceof IoTableValidationError) return error.message.split('\n').slice(1).map((line) => line.slice(2));
    throw error;
  }
  throw new Error('expected a validation error');
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zhospar-io-table-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('CSV input-output tables', () => {
  it('read the shipped Miller and Blair example', async () => {
    const { table, model } = await readIoTableFile(new URL('../../data/io/miller-blair-2x2.csv', import.meta.url).pathname);
    expect(table.products.map((p) => p.code)).toEqual(['1', '2']);
    expect(table.flows).toEqual([
      [150, 500],
      [200, 100],
    ]);
    expect(computeMultipliers(model).map((m) => m.outputMultiplier.toFixed(4))).toEqual(['1.5182', '1.4521']);
  });

  it('accept decimal commas, quoted names and blank final-demand cells as zero', () => {
    const text = `${header}\r\n1,"Sector 1, metals","150,0",500,,350,1000,650,400,20\r\n2,Sector 2,200,100,700,1000,2000,1400,600,60\r\n`;
    const { table } = parseIoTableCsv(text);
    expect(table.products[0]).toEqual({ code: '1', name: 'Sector 1, metals' });
    expect(table.householdConsumption).toEqual([0, 700]);
  });

  it('name the cell of every problem, in one pass', () => {
    const text = [
      header,
      '1,Sector 1,150,-500,150,200,1000,650,400,x',
      '1,Sector 2,200,100,700,1000,0,1400,600,60',
      ',Sector 3,1,1,1,1,4,1,1,1',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      'row 1: the flow matrix is not square: 3 product rows but 2 product columns (columns other than code, name and the six named ones)',
      'row 1, column "2": "2" is not the code of any row (an unknown product code)',
      'row 2, column "2": the flow is negative (-500)',
      'row 2, column "total_output": intermediate use plus household consumption plus other final demand is 0, total output is 1000: ' +
        'difference -1000 (-100%), beyond the relative tolerance 0.000001',
      'row 2, column "employment": "x" is not a number',
      'row 3, column "code": the code "1" repeats row 2',
      'row 3, column "total_output": total output must be positive, got 0',
      'row 4, column "code": the product code is empty',
    ]);
  });

  it('require the flow columns to follow the rows, and every named column', () => {
    const text = ['code,name,2,1,household_consumption,other_final_demand,total_output,gva,compensation', '1,a,1,1,1,1,4,1,1', '2,b,1,1,1,1,4,1,1'].join('\n');
    expect(problemsOf(text)).toEqual([
      'row 1: the header lacks the column "employment"',
      'row 1, column "2": product column 1 is headed "2" but row 2 holds "1": flow columns must follow the rows\' order',
      'row 1, column "1": product column 2 is headed "1" but row 3 holds "2": flow columns must follow the rows\' order',
    ]);
  });

  it('report an unbalanced row with the difference, within a relative tolerance that is an option', () => {
    const text = good.replace('1000,650', '1001,650');
    expect(problemsOf(text)).toEqual([
      'row 2, column "total_output": intermediate use plus household consumption plus other final demand is 1000, total output is 1001: ' +
        'difference -1 (-0.0999001%), beyond the relative tolerance 0.000001',
    ]);
    expect(parseIoTableCsv(text, { balanceTolerance: 0.01 }).table.totalOutput[0]).toBe(1001);
  });

  it('reject a table that is not productive, after the cell checks pass', () => {
    // Each unit of output uses exactly a unit of inputs (columns of A sum to 1), so I - A is singular.
    const problems = problemsOf(`${header}\n1,a,600,1400,0,0,2000,1,1,1\n2,b,1400,600,0,0,2000,1,1,1\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the table is not productive: I - A is singular/);
  });

  it('explain semicolon-separated files and header problems', () => {
    expect(problemsOf('code;name;1\n1;a;1')).toEqual(['row 1: the header has no commas but has semicolons: save the file as CSV with comma separators']);
    expect(problemsOf(`${header},2\n`)).toContain('row 1, column "2": the header repeats the column "2" (columns D and K)');
  });

  it('letters columns as spreadsheets do', () => {
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});

describe('XLSX input-output tables', () => {
  async function writeWorkbook(name: string, rows: unknown[][]): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('IO table');
    rows.forEach((row) => sheet.addRow(row));
    workbook.addWorksheet('notes').addRow(['ignored: only the first worksheet is read']);
    const path = join(folder, name);
    await workbook.xlsx.writeFile(path);
    return path;
  }

  it('read the first worksheet in the same layout, numbers and formula results included', async () => {
    const path = await writeWorkbook('good.xlsx', [
      header.split(','),
      ['1', 'Sector 1', 150, 500, 150, 200, { formula: 'SUM(C2:F2)', result: 1000 }, 650, 400, 20],
      [2, 'Sector 2', 200, 100, 700, 1000, 2000, 1400, 600, 60],
    ]);
    const { table, model } = await readIoTableFile(path);
    expect(table.products.map((p) => p.code)).toEqual(['1', '2']);
    expect(table.totalOutput).toEqual([1000, 2000]);
    expect(computeMultipliers(model)[1]!.outputMultiplier).toBeCloseTo(1.4521452145, 9);
  });

  it('name the cell of problems by the sheet row', async () => {
    const path = await writeWorkbook('bad.xlsx', [
      header.split(','),
      [1, 'Sector 1', 150, 500, 150, 200, 1000, 650, 400, 20],
      [],
      [2, 'Sector 2', 200, 'n/a', 700, 1000, 2000, 1400, 600, -60],
    ]);
    await expect(readIoTableFile(path)).rejects.toThrow(
      'row 4, column "2": "n/a" is not a number\n- row 4, column "employment": the value is negative (-60)',
    );
  });

  it('refuse a file that is not a workbook', async () => {
    const path = join(folder, 'not.xlsx');
    await writeFile(path, 'code,name\n');
    await expect(readIoTableFile(path)).rejects.toThrow(/not a readable XLSX workbook/);
  });
});
