// A small statistics file with sub-branch detail for contribution tests: two machine-building
// groups with monthly PVI levels for 2022-2023 and their GVA at current prices, released 2024-03-01.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Monthly level of each group at month t (0 = January 2022). */
export const branchLevels = {
  '28.1': (t: number) => 100 + 2 * t,
  '29.1': (t: number) => 50 + (t % 12),
};
export const branchGva2022 = { '28.1': 300, '29.1': 100 };
export const BRANCH_RELEASE_DATE = '2024-03-01';

export function writePviBranchFile(folder: string): string {
  const lines = ['series,branch,region,period,value,unit,price_basis,currency,status,source,release_date'];
  for (const [branch, level] of Object.entries(branchLevels)) {
    for (let t = 0; t < 24; t++) {
      const year = 2022 + Math.floor(t / 12);
      const month = String((t % 12) + 1).padStart(2, '0');
      lines.push(`PVI,${branch},KZ,${year}-${month},${level(t)},%,volume_index:2022=100,,final,test,${BRANCH_RELEASE_DATE}`);
    }
    const gva = branchGva2022[branch as keyof typeof branchGva2022];
    lines.push(`GVA,${branch},KZ,2022,${gva},billion KZT,current_prices,KZT,final,test,${BRANCH_RELEASE_DATE}`);
    lines.push(`GVA,${branch},KZ,2023,${gva * 1.1},billion KZT,current_prices,KZT,final,test,${BRANCH_RELEASE_DATE}`);
  }
  const file = join(folder, 'pvi-branches.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
