// Migration 0014 rewrites the SHA-256 (hex) checks without a counted regular expression. Each
// check, as the database holds it, must still take exactly the 64-character lower-case hex
// strings: it is copied onto a scratch table and tried with good and bad values.
import { describe, expect, it } from 'vitest';
import { HEX_DIGEST_CHECKS } from '../../src/db/migrations/0014-hex-digest-checks';
import { useTestDatabase } from '../support/use-test-database';

const db = useTestDatabase();

const GOOD = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const BAD = {
  'upper case': GOOD.toUpperCase(),
  '63 characters': GOOD.slice(1),
  '65 characters': `${GOOD}0`,
  'a letter past f': `${GOOD.slice(1)}g`,
  'a space': `${GOOD.slice(1)} `,
  'a line break at the end': `${GOOD.slice(1)}\n`,
  'a non-ASCII digit': `${GOOD.slice(1)}٣`,
  empty: '',
};

async function checkDefinition(table: string, column: string): Promise<string> {
  const { rows } = await db.pool.query<{ definition: string }>('select pg_get_constraintdef(oid) as definition from pg_constraint where conrelid = $1::regclass and conname = $2', [
    table,
    `${table}_${column}_check`,
  ]);
  expect(rows).toHaveLength(1);
  return rows[0]!.definition;
}

/** Whether the check, on a scratch table with a column of the same name, takes the value. */
async function accepts(column: string, definition: string, value: string): Promise<boolean> {
  const client = await db.pool.connect();
  try {
    await client.query('begin');
    await client.query(`create temp table scratch (${column} text) on commit drop`);
    await client.query(`alter table scratch add constraint scratch_check ${definition}`);
    await client.query(`insert into scratch values ($1)`, [value]);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '23514') return false;
    throw error;
  } finally {
    await client.query('rollback');
    client.release();
  }
}

describe.each(HEX_DIGEST_CHECKS)('%s.%s', (table, column) => {
  it('takes 64 lower-case hex characters and nothing else, without a counted regular expression', async () => {
    const definition = await checkDefinition(table, column);
    expect(definition).not.toMatch(/\{64\}/);
    expect(await accepts(column, definition, GOOD)).toBe(true);
    for (const [what, value] of Object.entries(BAD)) expect([what, await accepts(column, definition, value)]).toEqual([what, false]);
  });
});

it('leaves no check with a counted hex regular expression anywhere', async () => {
  const { rows } = await db.pool.query<{ name: string }>("select conname as name from pg_constraint where contype = 'c' and pg_get_constraintdef(oid) like '%{64}%'");
  expect(rows).toEqual([]);
});
