import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import { userChangeProblem } from './user-rules';

const admin: Actor = { userId: 7, email: 'admin@example.kz', name: 'Admin', organizationId: 1, organizationCode: 'MIC', roles: ['admin'], via: 'session' };

describe('user change rules', () => {
  it('lets an admin change other users freely', () => {
    expect(userChangeProblem(admin, 8, { isDisabled: true, roles: ['viewer'] })).toBeNull();
  });

  it('stops an admin from disabling themselves or dropping their own admin role', () => {
    expect(userChangeProblem(admin, 7, { isDisabled: true })).toMatch(/disable your own/);
    expect(userChangeProblem(admin, 7, { roles: ['coordinator'] })).toMatch(/own admin role/);
    expect(userChangeProblem(admin, 7, { roles: ['admin', 'coordinator'] })).toBeNull();
  });
});
