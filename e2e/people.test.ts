// An admin manages people in a real browser: adds an executor of the Ministry of Finance on the
// People page and is shown the generated password once; finds them by organisation and text (the
// server filters; the filters stay in the address; the text is sent once typing pauses); the new
// executor signs in with it (and has no People link); the admin resets their password after a
// confirmation, is shown the new one once, and the executor, signed out, gets in with the new
// password only; the admin's change that meets someone else's change meanwhile is stopped with a
// notice and a reload rather than overwriting it; the admin disables the executor, whose session
// then ends.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import type { User } from '../src/contracts/api/auth';
import { createUser, type TestUser } from '../test/support/auth';
import { useBrowserSession } from './support/browser-session';

const SCREENSHOTS = process.env.ZHOSPAR_SCREENSHOTS;
const session = useBrowserSession();
let admin: TestUser;
let colleague: TestUser;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${session.server.url}/en/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

beforeAll(async () => {
  admin = await createUser(session.server.db.pool, { organizationCode: 'MIC', roles: ['admin'], name: 'Aliya Admin' });
  colleague = await createUser(session.server.db.pool, { organizationCode: 'MF', roles: ['viewer'], name: 'Dana Colleague' });
});

describe('the people page', () => {
  it('an admin adds an executor who signs in with the one-time password, then disables them', async () => {
    const page = session.page;
    const email = `marat-${process.pid}@mf.example.kz`;
    await signIn(page, admin.email, admin.password);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'People' }).click();
    await page.waitForURL(/\/en\/people$/);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('table', { name: 'People who can sign in' }).getByRole('rowheader', { name: admin.email }).waitFor();

    // Add: told what is missing first, then the person is added.
    await page.getByRole('button', { name: 'Add a person' }).click();
    const add = page.getByRole('region', { name: 'Add a person' });
    await add.getByRole('button', { name: 'Add the person' }).click();
    await add.getByRole('alert').getByText('Choose at least one role.').waitFor();
    expect(await add.getByLabel('E-mail address').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'people-add-errors');
    await add.getByLabel('E-mail address').fill(email);
    await add.getByLabel('Name').fill('Marat Executor');
    await add.getByLabel('Organisation').selectOption({ label: 'МФ [RU] — Ministry of Finance of the Republic of Kazakhstan' });
    await add.getByRole('group', { name: 'Roles' }).getByLabel('Executor').check();
    await add.getByRole('button', { name: 'Add the person' }).click();

    const once = page.getByRole('region', { name: `One-time password for ${email}` });
    await once.getByText('It will not be shown again. Copy it now.').waitFor();
    const password = await once.getByLabel('Password').inputValue();
    expect(password.length).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'people-one-time-password');
    const table = page.getByRole('table', { name: 'People who can sign in' });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: email }) });
    await row.getByRole('cell', { name: 'Executor', exact: true }).waitFor();
    await row.getByText('Active', { exact: true }).waitFor();
    await once.getByRole('button', { name: 'I have copied it' }).click();
    await once.waitFor({ state: 'detached' });

    // Filtered by the server: the Ministry of Finance's people, then those of them matching "marat".
    const filters = page.getByRole('search', { name: 'Filter people' });
    const rowOf = (address: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: address }) });
    await filters.getByLabel('Organisation').selectOption('MF');
    await page.waitForURL((url) => url.searchParams.get('organization') === 'MF');
    await rowOf(colleague.email).waitFor();
    await rowOf(admin.email).waitFor({ state: 'detached' });
    // Typed a key at a time, quickly: the text is sent once typing pauses, one request for the whole word.
    const textQueries: string[] = [];
    const onRequest = (request: Request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/v1/users' && url.searchParams.has('q')) textQueries.push(url.searchParams.get('q') ?? '');
    };
    page.on('request', onRequest);
    await filters.getByLabel('Name or e-mail').pressSequentially('MARAT', { delay: 20 });
    await page.waitForURL((url) => url.searchParams.get('q') === 'MARAT' && url.searchParams.get('organization') === 'MF');
    await rowOf(colleague.email).waitFor({ state: 'detached' });
    await rowOf(email).waitFor();
    await page.getByText('1 of 1 people shown').waitFor();
    page.off('request', onRequest);
    expect(textQueries).toEqual(['MARAT']);
    await screenshot(page, 'people-filtered');

    // The new executor signs in with it, lands in their workspace and is offered no People page.
    const executorContext = await session.browser.newContext({ locale: 'en-GB' });
    const executorPage = await executorContext.newPage();
    await signIn(executorPage, email, password);
    await executorPage.waitForURL(/\/en\/workspace$/);
    await executorPage.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'My obligations' }).waitFor();
    expect(await executorPage.getByRole('link', { name: 'People' }).count()).toBe(0);

    // The admin resets the executor's password: asked first, then shown the new one once.
    await rowOf(email).getByRole('button', { name: 'Reset the password of Marat Executor' }).click();
    const confirm = page.getByRole('region', { name: 'Reset the password of Marat Executor?' });
    expect(await confirm.getByRole('heading').evaluate((element) => element === document.activeElement)).toBe(true);
    await confirm.getByText(`${email} is signed out everywhere`).waitFor();
    await confirm.getByRole('button', { name: 'Reset the password' }).click();
    const resetOnce = page.getByRole('region', { name: `One-time password for ${email}` });
    await resetOnce.getByText('It will not be shown again. Copy it now.').waitFor();
    expect(await resetOnce.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.getByRole('status').getByText(`The password of ${email} was reset`).waitFor();
    const newPassword = await resetOnce.getByLabel('Password').inputValue();
    expect(newPassword.length).toBeGreaterThanOrEqual(12);
    expect(newPassword).not.toBe(password);
    await screenshot(page, 'people-reset-password');
    await resetOnce.getByRole('button', { name: 'I have copied it' }).click();
    await resetOnce.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Reset the password of Marat Executor');
    // Text typed just before "Clear filters" is dropped with the filters, not searched for after.
    const nameField = filters.getByLabel('Name or e-mail');
    await nameField.fill('');
    await page.waitForURL((url) => !url.searchParams.has('q') && url.searchParams.get('organization') === 'MF');
    page.on('request', onRequest);
    await nameField.pressSequentially('EX');
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => url.search === '');
    await rowOf(admin.email).waitFor();
    await page.waitForTimeout(700); // twice the search delay: a push still waiting would have happened
    page.off('request', onRequest);
    expect(textQueries).toEqual(['MARAT']);
    expect(new URL(page.url()).search).toBe('');
    expect(await nameField.inputValue()).toBe('');

    // The executor was signed out; the old password no longer works, the new one does.
    await executorPage.reload();
    await executorPage.waitForURL(/\/en\/sign-in/);
    await executorPage.getByLabel('E-mail address').fill(email);
    await executorPage.getByLabel('Password').fill(password);
    await executorPage.getByRole('button', { name: 'Sign in' }).click();
    await executorPage.getByText('The e-mail address or the password is not right.').waitFor();
    await signIn(executorPage, email, newPassword);
    await executorPage.waitForURL(/\/en\/workspace$/);

    // Someone else changes the executor while the admin edits: nothing is overwritten.
    const users = (await (await fetch(`${session.server.url}/api/v1/users?limit=500`, { headers: { Authorization: `Bearer ${admin.token}` } })).json()) as { items: User[] };
    const created = users.items.find((user) => user.email === email);
    if (!created) throw new Error('the new user is not listed');
    await row.getByRole('button', { name: 'Edit Marat Executor' }).click();
    const edit = page.getByRole('region', { name: 'Edit Marat Executor' });
    await edit.getByLabel('Disabled: cannot sign in').check();
    const meanwhile = await fetch(`${session.server.url}/api/v1/users/${created.id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json', 'If-Match': `"${created.version}"` },
      body: JSON.stringify({ name: 'Marat Seitov' }),
    });
    expect(meanwhile.status).toBe(200);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    const conflict = edit.getByRole('alert').filter({ hasText: 'Someone changed this person meanwhile' });
    await conflict.waitFor();
    expect(await conflict.evaluate((element) => element === document.activeElement)).toBe(true);
    await screenshot(page, 'people-conflict');
    await conflict.getByRole('button', { name: 'Reload the person' }).click();

    // Reloaded: the other change is shown, and the admin disables the executor on top of it.
    const reloaded = page.getByRole('region', { name: 'Edit Marat Seitov' });
    expect(await reloaded.getByLabel('Name').inputValue()).toBe('Marat Seitov');
    expect(await reloaded.getByLabel('Disabled: cannot sign in').isChecked()).toBe(false);
    await reloaded.getByLabel('Disabled: cannot sign in').check();
    await reloaded.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText(`The changes to ${email} were saved`).waitFor();
    await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: email }) }).getByText('Disabled', { exact: true }).waitFor();

    // The executor's session has ended: the workspace sends them to sign in.
    await executorPage.reload();
    await executorPage.waitForURL(/\/en\/sign-in/);
    await executorContext.close();
  });
});
