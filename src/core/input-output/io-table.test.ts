import { describe, expect, it } from 'vitest';
import { IoTableError } from './errors';
import { buildIoModel } from './io-model';
import { checkIoTable, describeIssue, rowBalance } from './io-table';
import { millerBlairTable } from './miller-blair.fixture';

describe('table checks', () => {
  it('accept the Miller and Blair table', () => {
    const table = millerBlairTable();
    expect(checkIoTable(table)).toEqual([]);
    expect(rowBalance(table, 0)).toBe(1000);
  });

  it('list every problem, located by product', () => {
    const table = millerBlairTable();
    table.products[1]!.code = '1';
    table.flows[0]![1] = -5;
    table.employment[1] = Number.NaN;
    table.totalOutput[0] = 0;
    const issues = checkIoTable(table);
    expect(issues.map((i) => i.kind)).toEqual(['repeated-code', 'negative', 'non-positive-output', 'not-finite']);
    expect(describeIssue(issues[1]!, table)).toBe('flow from product "1" to product "1": the flow is negative (-5)');
  });

  it('report an unbalanced row with its difference, against a relative tolerance', () => {
    const table = millerBlairTable();
    table.totalOutput[1] = 2000.5;
    const [issue] = checkIoTable(table);
    expect(issue).toMatchObject({ kind: 'unbalanced', product: 1, field: 'totalOutput' });
    expect(issue!.difference).toBeCloseTo(-0.5, 12);
    expect(issue!.message).toMatch(/is 2000, total output is 2000\.5: difference -0\.5 \(-0\.0249938%\)/);
    expect(checkIoTable(table, { balanceTolerance: 1e-3 })).toEqual([]);
  });

  it('allow negative other final demand (inventories) and negative value added', () => {
    const table = millerBlairTable();
    table.otherFinalDemand = [-50, 1000];
    table.householdConsumption = [400, 700];
    table.gva = [-10, 1400];
    expect(checkIoTable(table)).toEqual([]);
  });

  it('report a wrong shape and still check what each row has', () => {
    const table = millerBlairTable();
    table.flows = [[150, 500, -1], [200, 100]];
    table.gva = [650];
    expect(checkIoTable(table).map((i) => `${i.kind} ${i.field}`)).toEqual(['shape flows', 'shape gva', 'negative flows', 'unbalanced totalOutput']);
  });

  it('make buildIoModel throw an error that carries the issues', () => {
    const table = millerBlairTable();
    table.compensation = [-1, 600];
    try {
      buildIoModel(table);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IoTableError);
      expect((error as IoTableError).issues).toHaveLength(1);
      expect((error as Error).message).toContain('product "1", compensation: the value is negative (-1)');
    }
  });
});
