// Miller & Blair (2009), Input-Output Analysis, 2nd ed., ch. 2: the published flows Z, output x and
// final demand f = [350, 1700]. The split of f into households and other uses, and compensation and
// employment, are illustrative additions (the same as data/io/miller-blair-2x2.csv); gva is x minus
// intermediate inputs, i.e. the example's payments sector counted entirely as value added.
import type { IoTable } from './io-table';

export function millerBlairTable(): IoTable {
  return {
    products: [
      { code: '1', name: 'Sector 1' },
      { code: '2', name: 'Sector 2' },
    ],
    flows: [
      [150, 500],
      [200, 100],
    ],
    householdConsumption: [150, 700],
    otherFinalDemand: [200, 1000],
    totalOutput: [1000, 2000],
    gva: [650, 1400],
    compensation: [400, 600],
    employment: [20, 60],
  };
}
