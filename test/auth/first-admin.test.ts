import { describe, expect, it } from 'vitest';
import { FIRST_ADMIN_COMMAND, firstAdminHint } from '../../src/app/auth/first-admin-hint';
import { createTestDatabase } from '../support/database';
import { useTestDatabase } from '../support/use-test-database';
import { createUser } from '../support/auth';

const db = useTestDatabase();

describe('first start', () => {
  it('says how to create the first admin until an enabled admin exists', async () => {
    expect(await firstAdminHint(db.pool)).toContain(FIRST_ADMIN_COMMAND);
    await createUser(db.pool, { organizationCode: 'MIC', roles: ['coordinator'] });
    expect(await firstAdminHint(db.pool)).toContain('No admin user exists yet');
    const admin = await createUser(db.pool, { organizationCode: 'MIC', roles: ['admin'] });
    expect(await firstAdminHint(db.pool)).toBeNull();
    await db.pool.query('update users set is_disabled = true where id = $1', [admin.userId]);
    expect(await firstAdminHint(db.pool)).not.toBeNull();
  });

  it('ships no user and so no default password', async () => {
    const fresh = await createTestDatabase();
    try {
      const { rows } = await fresh.pool.query<{ n: number }>('select count(*)::int as n from users');
      expect(rows[0]!.n).toBe(0);
    } finally {
      await fresh.drop();
    }
  });
});
