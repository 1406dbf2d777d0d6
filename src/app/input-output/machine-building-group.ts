// Which products of a table are machine building. The scope is configuration (DOMAIN.md section 6):
// the OKED divisions of the plan's sub-branch groups (branch_groups: 25-30 and 33). A table's codes
// may be plain divisions ("28") or carry the NACE/CPA section letter ("C28", "CPA_C28"); aggregates
// that merge divisions ("29-30") are not guessed: the importer names them explicitly.

/** The OKED division a product code stands for, or null when it is not a single division. */
export function divisionOfCode(code: string): string | null {
  const match = /^(?:CPA_)?C?(\d{2})$/i.exec(code.trim());
  return match ? match[1]! : null;
}

/** The table's product codes that are machine-building divisions, in table order. */
export function machineBuildingCodesOf(productCodes: readonly string[], divisions: readonly string[]): string[] {
  const wanted = new Set(divisions);
  return productCodes.filter((code) => {
    const division = divisionOfCode(code);
    return division !== null && wanted.has(division);
  });
}
