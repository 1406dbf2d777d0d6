// Roles and what each may do: permissions as data (one table), so that the server, the UI's
// `abilities` and the permission-matrix test all read the same source.

export const ROLES = ['admin', 'coordinator', 'executor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** See internal (non-public) plan information: all obligations, submitted reports, statuses. */
  'plan.read_internal',
  /** Change the plan register: measures, deadlines, executors, manual schedules. */
  'plan.edit',
  /** Write and submit reports for obligations of measures where the actor's organisation executes. */
  'report.write',
  /** Accept or return submitted reports. */
  'report.review',
  /** Read the audit trail. */
  'audit.read',
  /** Manage users and their roles. */
  'user.manage',
  /** Update the working-day calendar (holidays). */
  'calendar.manage',
  /** Import official statistics and input-output tables. */
  'statistics.import',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ['plan.read_internal', 'plan.edit', 'report.review', 'audit.read', 'user.manage', 'calendar.manage', 'statistics.import'],
  coordinator: ['plan.read_internal', 'plan.edit', 'report.review', 'audit.read', 'calendar.manage', 'statistics.import'],
  executor: ['report.write'],
  reviewer: ['plan.read_internal', 'report.review'],
  viewer: ['plan.read_internal'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const granted = new Set<Permission>();
  for (const role of roles) for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  return granted;
}
