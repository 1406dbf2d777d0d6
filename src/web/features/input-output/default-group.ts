// The products the calculator and the claim check start with: the table's machine building when it
// has any, else its first product (a textbook example has no machine building to default to).
import type { IoTableDetail } from '../../../contracts/api/input-output';

export function defaultGroup(table: IoTableDetail): string[] {
  if (table.machineBuildingCodes.length > 0) return table.machineBuildingCodes;
  return table.products.length > 0 ? [table.products[0]!.code] : [];
}

/** Names of the chosen products, for sentences: "Sector 1, Sector 2" (codes where a name is missing). */
export function groupNames(table: IoTableDetail, codes: readonly string[]): string {
  return codes.map((code) => table.products.find((product) => product.code === code)?.name || code).join(', ');
}
