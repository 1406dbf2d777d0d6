// Obligations by status within groups (areas, executors), as the plan overview's chart and table
// show them. The server counts them (GET /api/v1/plans/{planCode}/obligation-status); this only
// adds the groups up for the table's footer.
import { OBLIGATION_STATUSES, type ObligationStatus } from '../../../core/obligations/obligation-status';

export type StatusCounts = Record<ObligationStatus, number>;

export interface StatusGroup<Key> {
  key: Key;
  counts: StatusCounts;
  total: number;
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(OBLIGATION_STATUSES.map((status) => [status, 0])) as StatusCounts;
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
