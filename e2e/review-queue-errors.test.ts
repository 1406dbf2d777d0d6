// A reviewer accepts from the review queue, in Russian, a report that another reviewer decided on
// meanwhile: nothing is accepted, and the page says why for that report in Russian (the server's
// per-report code, worded by the page), not in the server's English.
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewReport } from '../src/app/reports/review-report';
import { createUser, type TestUser } from '../test/support/auth';
import { buildReport, type BuiltReport } from '../test/support/factories';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession({ locale: 'ru-RU' });
let reviewer: TestUser;
let other: TestUser;
let built: BuiltReport;

beforeAll(async () => {
  reviewer = await createUser(session.server.db.pool, { organizationCode: 'MIC', roles: ['reviewer'], name: 'Нурлан Проверяющий' });
  other = await createUser(session.server.db.pool, { organizationCode: 'MIC', roles: ['reviewer'], name: 'Айгерим Проверяющая' });
  built = await buildReport(session.server.db.pool, { state: 'submitted' });
});

describe('accepting from the review queue what someone else decided on meanwhile', () => {
  it('accepts nothing and says why for that report, in the reader’s language', async () => {
    const page = session.page;
    await page.goto(`${session.server.url}/en/sign-in`);
    await page.getByLabel('E-mail address').fill(reviewer.email);
    await page.getByLabel('Password').fill(reviewer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));

    await page.goto(`${session.server.url}/ru/review`);
    await page.getByRole('checkbox', { name: 'Отметить все отчёты на этой странице' }).check();
    await reviewReport(session.server.db.pool, other.actor, built.report.id, 'returned', 'Добавьте акт приёмки.', built.report.version);
    await page.getByRole('button', { name: 'Принять отмеченные (1)' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText('Ни один из отмеченных отчётов не принят, потому что некоторые принять нельзя:').waitFor();
    await alert.getByRole('listitem').getByText(/он изменился после загрузки очереди|он больше не ждёт проверки/).waitFor();
    expect(await alert.locator('[lang="en"]').count()).toBe(0);
    const { rows } = await session.server.db.pool.query<{ state: string }>('select state from reports where id = $1', [built.report.id]);
    expect(rows[0]!.state).toBe('returned');
  });
});
