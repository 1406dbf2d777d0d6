// Which of an obligation's two statuses a viewer sees (docs/reporting.md, "Obligation statuses"):
// internal readers, and the organisations executing the measure (lead or co-executor), see the
// internal status; everyone else the public one, derived from accepted reports only.
//
// One SQL expression, so that every read that shows or counts statuses applies the same rule.

/** What the rule needs to know about the viewer; bind these as two query parameters. */
export interface StatusViewer {
  canReadInternal: boolean;
  /** The viewer's organisation; null for the public. */
  organizationId: number | null;
}

/**
 * The status `viewer` sees, as a SQL expression over the given columns. `canReadInternalParam` and
 * `organizationIdParam` are the placeholders (`$1`, `$2`) bound to the viewer's two values.
 */
export function visibleStatusSql(columns: { measureId: string; status: string; publicStatus: string }, canReadInternalParam: string, organizationIdParam: string): string {
  return `case when ${canReadInternalParam}::boolean or exists (select 1 from measure_executors vx where vx.measure_id = ${columns.measureId} and vx.organization_id = ${organizationIdParam}::bigint)
               then ${columns.status} else ${columns.publicStatus} end`;
}
