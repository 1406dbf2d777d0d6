// Which components an aggregate is broken down into, and their names. By branch, machine building
// (MB) is the OKED groups of the configured scopes (or their divisions, or finer classes: the
// finest level that has data is used, never two levels at once, which would count output twice);
// a division is its groups. By region, the components are the regions.
import type { LocalizedText } from '../../contracts/localized';
import type { BranchClassification } from '../../db/repositories/indicator-series';

export interface ComponentTier {
  level: 'group' | 'division' | 'class' | 'region';
  keys: string[];
}

export function componentTiers(by: 'branch' | 'region', aggregateBranch: string, classification: BranchClassification): ComponentTier[] {
  if (by === 'region') return [{ level: 'region', keys: classification.regions.map((r) => r.code) }];
  let groups: { code: string; division: string }[];
  if (aggregateBranch === 'MB') groups = classification.groups;
  else if (/^\d{2}$/.test(aggregateBranch)) groups = classification.groups.filter((g) => g.division === aggregateBranch);
  else return [];
  const groupCodes = groups.map((g) => g.code);
  const classes = classification.classes.filter((code) => groupCodes.some((group) => code.startsWith(group)));
  return [
    { level: 'group', keys: groupCodes },
    { level: 'class', keys: classes },
    { level: 'division', keys: aggregateBranch === 'MB' ? [...new Set(groups.map((g) => g.division))] : [] },
  ].filter((tier): tier is ComponentTier => tier.keys.length > 0);
}

export function componentName(key: string, classification: BranchClassification): LocalizedText | null {
  const region = classification.regions.find((r) => r.code === key);
  const names = region?.names ?? classification.branchNames.get(key);
  return names && Object.keys(names).length > 0 ? (names as LocalizedText) : null;
}
