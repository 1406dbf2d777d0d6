// Migration 0011 adds users' folded names for the user list's text filter: users that existed
// before it are folded in its transaction, so that the filter finds them as it finds new ones.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate';
import { listUsers } from '../../src/db/repositories/users';
import type pg from 'pg';
import '../../src/db/pg-types';
import { createEmptyDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let pool: pg.Pool;

beforeAll(async () => {
  database = await createEmptyDatabase();
  pool = database.pool;
  await database.migrateUpTo('0011-user-search-text');
});

afterAll(async () => {
  await database.drop();
});

it('folds the names of the users that existed before it', async () => {
  const { rows } = await pool.query<{ id: number }>(
    `insert into organizations (code, kind, names) values ('MIC', 'ministry', '{"en": "MIC"}') returning id`,
  );
  await pool.query(
    `insert into users (email, name, organization_id, password_hash) values ('old@example.kz', 'Пётр  ӘЛИЕВ', $1, 'x'), ('other@example.kz', 'Other', $1, 'x')`,
    [rows[0]!.id],
  );

  expect(await migrate(pool)).toContain('0011-user-search-text');

  const { rows: folded } = await pool.query<{ email: string; search_text: string }>('select email, search_text from users order by email');
  expect(folded).toEqual([
    { email: 'old@example.kz', search_text: 'петр әлиев' },
    { email: 'other@example.kz', search_text: 'other' },
  ]);
  const found = await listUsers(pool, { search: 'ПЁТР ӘЛИЕВ', limit: 10, offset: 0 });
  expect(found.items.map((u) => u.email)).toEqual(['old@example.kz']);
});
