// fast-check generator of random productive tables for the property tests. Other final demand is kept
// positive: that is what guarantees productivity of both models (see synthetic-table.ts).
import fc from 'fast-check';
import type { IoTable } from './io-table';

// Non-zero amounts start at 1e-3: subnormal numbers (5e-324 jobs) only test floating-point underflow.
const amount = (min: number, max: number) => fc.double({ min: Math.max(min, 1e-3), max, noNaN: true, noDefaultInfinity: true });

export const productiveTable: fc.Arbitrary<IoTable> = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc
    .record({
      flows: fc.array(fc.array(fc.oneof(fc.constant(0), amount(0, 100)), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }),
      householdConsumption: fc.array(fc.oneof(fc.constant(0), amount(0, 100)), { minLength: n, maxLength: n }),
      otherFinalDemand: fc.array(amount(1, 100), { minLength: n, maxLength: n }),
      valueAddedShare: fc.array(amount(0, 1), { minLength: n, maxLength: n }),
      compensationShare: fc.array(amount(0.01, 1), { minLength: n, maxLength: n }),
      employment: fc.array(fc.oneof(fc.constant(0), amount(0, 50)), { minLength: n, maxLength: n }),
    })
    .map(({ flows, householdConsumption, otherFinalDemand, valueAddedShare, compensationShare, employment }): IoTable => {
      const totalOutput = flows.map((row, i) => row.reduce((a, b) => a + b, 0) + householdConsumption[i]! + otherFinalDemand[i]!);
      const gva = totalOutput.map((x, j) => x * valueAddedShare[j]!);
      return {
        products: totalOutput.map((_, i) => ({ code: `P${i + 1}`, name: `Product ${i + 1}` })),
        flows,
        householdConsumption,
        otherFinalDemand,
        totalOutput,
        gva,
        compensation: totalOutput.map((x, j) => x * compensationShare[j]! * 0.5),
        employment,
      };
    }),
);
