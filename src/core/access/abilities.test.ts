import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { abilitiesOf } from './abilities';
import { ROLES } from './roles';

const actor = (roles: Actor['roles']): Actor => ({ userId: 1, email: 'a@example.kz', name: 'A', organizationId: 1, organizationCode: 'MIC', roles, via: 'session' });

describe('abilities', () => {
  it('gives the public nothing', () => {
    expect(Object.values(abilitiesOf(null)).every((value) => value === false)).toBe(true);
  });

  it('follows the role table for each role', () => {
    expect(abilitiesOf(actor(['admin']))).toEqual({
      canReadInternal: true,
      canEditPlan: true,
      canWriteReports: false,
      canReviewReports: true,
      canReadAudit: true,
      canManageUsers: true,
      canManageCalendar: true,
      canImportStatistics: true,
    });
    expect(abilitiesOf(actor(['executor']))).toMatchObject({ canWriteReports: true, canReadInternal: false, canReviewReports: false, canManageUsers: false });
    expect(abilitiesOf(actor(['reviewer']))).toMatchObject({ canReviewReports: true, canEditPlan: false, canReadAudit: false });
    expect(abilitiesOf(actor(['viewer']))).toMatchObject({ canReadInternal: true, canEditPlan: false, canWriteReports: false });
  });

  it('lets only admins manage users', () => {
    expect(ROLES.filter((role) => abilitiesOf(actor([role])).canManageUsers)).toEqual(['admin']);
  });

  it('unites the abilities of several roles', () => {
    expect(abilitiesOf(actor(['executor', 'viewer']))).toMatchObject({ canWriteReports: true, canReadInternal: true });
  });
});
