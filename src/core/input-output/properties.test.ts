// Laws of the Leontief model on random productive tables (DESIGN.md: property tests where a law exists).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeImpact } from './impact';
import { buildIoModel } from './io-model';
import { identityMatrix, multiplyMatrices, multiplyMatrixVector, multiplyVectorMatrix, subtractMatrices } from './matrix';
import { computeMultipliers } from './multipliers';
import { productiveTable } from './table-arbitrary.fixture';

const slack = 1e-9;

describe('input-output identities on random productive tables', () => {
  it('L (I - A) = I within 1e-9', () => {
    fc.assert(
      fc.property(productiveTable, (table) => {
        const model = buildIoModel(table);
        const product = multiplyMatrices(model.leontief, subtractMatrices(identityMatrix(model.size), model.coefficients));
        const identity = identityMatrix(model.size);
        product.data.forEach((value, k) => expect(Math.abs(value - identity.data[k]!)).toBeLessThan(1e-9));
      }),
    );
  });

  it('output multipliers are at least 1, and Type II ratios at least Type I', () => {
    fc.assert(
      fc.property(productiveTable, (table) => {
        for (const m of computeMultipliers(buildIoModel(table))) {
          expect(m.outputMultiplier).toBeGreaterThanOrEqual(1 - slack);
          if (m.employmentTypeI !== null) {
            expect(m.employmentTypeI).toBeGreaterThanOrEqual(1 - slack);
            expect(m.employmentTypeII!).toBeGreaterThanOrEqual(m.employmentTypeI * (1 - slack));
          }
          if (m.incomeTypeI !== null) {
            expect(m.incomeTypeI).toBeGreaterThanOrEqual(1 - slack);
            expect(m.incomeTypeII!).toBeGreaterThanOrEqual(m.incomeTypeI * (1 - slack));
          }
        }
      }),
    );
  });

  it('the closed inverse agrees with its partitioned form: Lbar_nn = L + (L c)(h L) / (1 - h L c)', () => {
    fc.assert(
      fc.property(productiveTable, (table) => {
        const model = buildIoModel(table);
        const n = model.size;
        const lc = multiplyMatrixVector(model.leontief, model.consumptionCoefficients);
        const hl = multiplyVectorMatrix(model.incomeCoefficients, model.leontief);
        const k = 1 - hl.reduce((sum, value, i) => sum + value * model.consumptionCoefficients[i]!, 0);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            const expected = model.leontief.data[i * n + j]! + (lc[i]! * hl[j]!) / k;
            const actual = model.closedLeontief.data[i * (n + 1) + j]!;
            expect(Math.abs(actual - expected)).toBeLessThan(1e-9 * Math.max(1, Math.abs(expected)));
          }
        }
      }),
    );
  });

  it('GVA multipliers are 1 when value added is output minus domestic inputs (no imports)', () => {
    fc.assert(
      fc.property(productiveTable, (table) => {
        const gva = table.totalOutput.map((x, j) => x - table.flows.reduce((sum, row) => sum + row[j]!, 0));
        for (const m of computeMultipliers(buildIoModel({ ...table, gva }))) expect(m.gvaMultiplier).toBeCloseTo(1, 9);
      }),
    );
  });

  it('an impact splits exactly, and solves (I - A) x = Δf', () => {
    fc.assert(
      fc.property(productiveTable, fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 8, maxLength: 8 }), (table, raw) => {
        const model = buildIoModel(table);
        const change = raw.slice(0, model.size);
        const impact = computeImpact(model, change);
        const output = Float64Array.from(impact.products, (p) => p.output.typeI);
        const back = multiplyMatrixVector(subtractMatrices(identityMatrix(model.size), model.coefficients), output);
        back.forEach((value, i) => expect(Math.abs(value - change[i]!)).toBeLessThan(1e-9 * Math.max(1, change[i]!)));
        for (const split of Object.values(impact.totals)) {
          expect(split.direct + split.indirect + split.induced).toBeCloseTo(split.total, 9);
          expect(split.indirect).toBeGreaterThanOrEqual(-slack);
          expect(split.induced).toBeGreaterThanOrEqual(-slack * Math.max(1, split.total));
        }
      }),
    );
  });
});
