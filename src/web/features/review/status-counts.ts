// Counting obligations by status within groups (areas, executors) for the plan overview. The
// statuses themselves come from the server; this only tallies them.
import { OBLIGATION_STATUSES, type ObligationStatus } from '../../../core/obligations/obligation-status';

export type StatusCounts = Record<ObligationStatus, number>;

export interface StatusGroup<Key> {
  key: Key;
  counts: StatusCounts;
  total: number;
}

export function emptyCounts(): StatusCounts {
  return Object.fromEntries(OBLIGATION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** Groups in the order of `keys` (every key present, with zeros when it has no obligations). */
export function countByStatus<Item, Key>(items: readonly Item[], keyOf: (item: Item) => Key, statusOf: (item: Item) => ObligationStatus, keys: readonly Key[]): StatusGroup<Key>[] {
  const groups = new Map<Key, StatusGroup<Key>>(keys.map((key) => [key, { key, counts: emptyCounts(), total: 0 }]));
  for (const item of items) {
    const key = keyOf(item);
    let group = groups.get(key);
    if (!group) {
      group = { key, counts: emptyCounts(), total: 0 };
      groups.set(key, group);
    }
    group.counts[statusOf(item)] += 1;
    group.total += 1;
  }
  return [...groups.values()];
}

export function totalCounts(groups: readonly StatusGroup<unknown>[]): StatusGroup<'total'> {
  const counts = emptyCounts();
  let total = 0;
  for (const group of groups) {
    for (const status of OBLIGATION_STATUSES) counts[status] += group.counts[status];
    total += group.total;
  }
  return { key: 'total', counts, total };
}
