// A coordinator checks the audit trail's hash chain from the audit page, in Russian: intact first;
// then, after a row's content is changed behind the application's back (as a superuser could,
// switching the append-only guard off), the page names the row, its chain position and what does
// not match, in Russian rather than the server's English.
import { beforeAll, describe, expect, it } from 'vitest';
import { sealAuditTrail } from '../src/app/audit/seal-audit';
import { createUser, type TestUser } from '../test/support/auth';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession({ locale: 'ru-RU' });
let coordinator: TestUser;

beforeAll(async () => {
  coordinator = await createUser(session.server.db.pool, { organizationCode: 'MIC', roles: ['coordinator'], name: 'Дана Координатор' });
});

describe('checking the audit trail', () => {
  it('says the chain is intact, then names a changed record in the reader’s language', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/en/sign-in`);
    await page.getByLabel('E-mail address').fill(coordinator.email);
    await page.getByLabel('Password').fill(coordinator.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));

    await page.goto(`${session.server.url}/ru/audit`);
    const check = page.getByRole('button', { name: 'Проверить цепочку хешей' });
    await check.click();
    await page.getByRole('status').getByText(/^Журнал аудита не изменён: проверено записей — /).waitFor();

    // A change no user made (the holiday calendar loaded when the database was seeded) names the
    // program and the operating-system account behind it.
    await page.goto(`${session.server.url}/ru/audit?action=calendar.loaded`);
    const actorCell = page.getByRole('cell').filter({ hasText: /^Система/ }).first();
    await expect.poll(() => actorCell.textContent()).toMatch(/^Системаzhospar( [a-z -]+)? \(.+@.+\)$/);
    await page.goto(`${session.server.url}/ru/audit`);

    await sealAuditTrail(session.server.db.pool, { wait: true });
    const { rows } = await session.server.db.pool.query<{ id: number; position: number }>(
      'select audit_id as id, chain_position as position from audit_seals order by chain_position limit 1',
    );
    const { id, position } = rows[0]!;
    await session.server.db.pool.query('alter table audit_log disable trigger audit_log_no_change');
    try {
      await session.server.db.pool.query(`update audit_log set after = jsonb_build_object('changed', true) where id = $1`, [id]);
    } finally {
      await session.server.db.pool.query('alter table audit_log enable trigger audit_log_no_change');
    }

    await check.click();
    const status = page.getByRole('status');
    await status.getByText(`Содержимое записи ${id} (позиция ${position} в цепочке) не совпадает с её хешем: запись изменили.`).waitFor();
    expect(await status.locator('[lang="en"]').count()).toBe(0);
  });
});
