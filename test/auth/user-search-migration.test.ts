// Migration 0011 adds users' folded names for the user list's text filter: users that existed
// before it are folded in its transaction, so that the filter finds them as it finds new ones.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { migrate } from '../../src/db/migrate';
import { migrations } from '../../src/db/migrations';
import { listUsers } from '../../src/db/repositories/users';
import '../../src/db/pg-types';

const name = `zt_mig_${randomBytes(6).toString('hex')}`;
let admin: pg.Client;
let pool: pg.Pool;

beforeAll(async () => {
  const { adminUrl } = inject('testDatabase');
  admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
});

afterAll(async () => {
  await pool.end();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
});

it('folds the names of the users that existed before it', async () => {
  // The schema as it was before 0011, recorded as applied so that migrate() runs 0011 alone.
  await pool.query('create table schema_migrations (id text primary key, applied_at timestamptz not null default now())');
  for (const migration of migrations.slice(0, migrations.findIndex((m) => m.id === '0011-user-search-text'))) {
    await pool.query(migration.sql);
    await pool.query('insert into schema_migrations (id) values ($1)', [migration.id]);
  }
  const { rows } = await pool.query<{ id: number }>(
    `insert into organizations (code, kind, names) values ('MIC', 'ministry', '{"en": "MIC"}') returning id`,
  );
  await pool.query(
    `insert into users (email, name, organization_id, password_hash) values ('old@example.kz', 'Пётр  ӘЛИЕВ', $1, 'x'), ('other@example.kz', 'Other', $1, 'x')`,
    [rows[0]!.id],
  );

  expect(await migrate(pool)).toEqual(['0011-user-search-text']);

  const { rows: folded } = await pool.query<{ email: string; search_text: string }>('select email, search_text from users order by email');
  expect(folded).toEqual([
    { email: 'old@example.kz', search_text: 'петр әлиев' },
    { email: 'other@example.kz', search_text: 'other' },
  ]);
  const found = await listUsers(pool, { search: 'ПЁТР ӘЛИЕВ', limit: 10, offset: 0 });
  expect(found.items.map((u) => u.email)).toEqual(['old@example.kz']);
});
