import { describe, expect, it } from 'vitest';
import { hasPermission, type Actor } from './actor';
import { PERMISSIONS, ROLES, ROLE_PERMISSIONS, permissionsOf } from './roles';

const actor = (roles: Actor['roles']): Actor => ({
  userId: 1,
  email: 'a@example.kz',
  name: 'A',
  organizationId: 1,
  organizationCode: 'MIC',
  roles,
  via: 'session',
});

describe('role permissions', () => {
  it('grants only known permissions', () => {
    for (const role of ROLES) for (const permission of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(permission);
  });

  it('lets only executors write reports and only reviewers, coordinators and admins review them', () => {
    expect(ROLES.filter((r) => permissionsOf([r]).has('report.write'))).toEqual(['executor']);
    expect(ROLES.filter((r) => permissionsOf([r]).has('report.review'))).toEqual(['admin', 'coordinator', 'reviewer']);
  });

  it('combines the permissions of several roles and gives the public none', () => {
    expect(hasPermission(actor(['executor', 'viewer']), 'plan.read_internal')).toBe(true);
    expect(hasPermission(actor(['executor']), 'plan.read_internal')).toBe(false);
    expect(hasPermission(null, 'plan.read_internal')).toBe(false);
  });
});
