import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/use-test-database';
import { createUser } from '../support/auth';

const db = useTestDatabase();

describe('test users', () => {
  it('creates a user with roles in an organisation and a hashed API token', async () => {
    const user = await createUser(db.pool, { organizationCode: 'MIC', roles: ['coordinator', 'reviewer'] });
    expect(user.actor).toMatchObject({ userId: user.userId, organizationCode: 'MIC', roles: ['coordinator', 'reviewer'] });
    expect(user.token).toMatch(/^zsp_[A-Za-z0-9_-]{43}$/);
    const { rows } = await db.pool.query('select password_hash, email from users where id = $1', [user.userId]);
    expect(rows[0].password_hash).toMatch(/^\$argon2id\$/);
    const tokens = await db.pool.query('select token_hash from api_tokens where user_id = $1', [user.userId]);
    expect(tokens.rows[0].token_hash).not.toContain(user.token);
  });

  it('refuses a second user with the same address in another case', async () => {
    await createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'], email: 'Same@Example.kz' });
    await expect(createUser(db.pool, { organizationCode: 'MIC', roles: ['viewer'], email: 'same@example.KZ' })).rejects.toThrow(/already exists/);
  });
});
