// A coordinator schedules by hand a measure whose deadline the parser could not read, in a real
// browser: finds it in the schedules work list with its deadline as written and the reason, is
// told what is missing, meets a change made meanwhile by someone else (and reloads rather than
// overwriting it), sets two occurrences and sees their due dates moved to working days; the
// public measure page then lists them, and a viewer sees the schedule read-only.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PlanScheduleItem, PlanSchedules } from '../src/contracts/api/plan-schedules';
import { createUser, type TestUser } from '../test/support/auth';
import { useBrowserSession } from './support/browser-session';

const PLAN = 'MB-2024-2028';
const SCREENSHOTS = process.env.ZHOSPAR_SCREENSHOTS;
const session = useBrowserSession();
let coordinator: TestUser;
let viewer: TestUser;
let measure: PlanScheduleItem;

async function api<T>(path: string, init: RequestInit & { token: string }): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${init.token}`);
  const response = await fetch(`${session.server.url}${path}`, { ...init, headers });
  expect(response.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto(`${session.server.url}/en/sign-in`);
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

const isFocused = (page: Page, locator: ReturnType<Page['getByLabel']>) => locator.evaluate((element) => element === document.activeElement);

beforeAll(async () => {
  coordinator = await createUser(session.server.db.pool, { organizationCode: 'MIC', roles: ['coordinator'], name: 'Dana Coordinator' });
  viewer = await createUser(session.server.db.pool, { organizationCode: 'MIC', roles: ['viewer'], name: 'Erlan Viewer' });
  const flagged = await api<PlanSchedules>(`/api/v1/plans/${PLAN}/schedules?status=needs_manual`, { token: coordinator.token });
  // The default dataset has three deadlines the parser cannot read; «по мере необходимости» is one.
  const asNeeded = flagged.items.find((item) => item.reason === 'as-needed');
  if (!asNeeded) throw new Error('the default dataset has no measure whose deadline reads "as needed"');
  measure = asNeeded;
});

describe('scheduling a measure by hand', () => {
  it('the coordinator finds the measure the parser could not read, with its deadline as written and why', async () => {
    const page = session.page;
    await signIn(page, coordinator);
    await page.getByRole('navigation', { name: "Coordinator's workspace" }).getByRole('link', { name: 'Schedules' }).click();
    await page.waitForURL(/\/en\/review\/schedules$/);
    await page.getByRole('heading', { level: 1, name: 'Schedules' }).waitFor();
    await page.getByText('3 need a schedule set by hand · 0 set by hand · 76 read from the deadline text').waitFor();

    const table = page.getByRole('table', { name: 'Measures whose deadline text could not be read' });
    const row = table.getByRole('row').filter({ hasText: `Measure ${measure.number}:` });
    await row.getByText('по мере необходимости', { exact: true }).waitFor();
    await row.getByText(/«по мере необходимости» gives no date/).waitFor();
    await row.getByText('The deadline says "as needed": it gives no date.').waitFor();
    expect(await row.locator('q[lang="ru"]').textContent()).toBe('по мере необходимости');
    await page.getByRole('table', { name: 'Measures whose reporting dates were set by hand' }).getByText('No measure has been scheduled by hand yet.').waitFor();
    await screenshot(page, 'schedules-list');

    await row.getByRole('link', { name: new RegExp(`^Measure ${measure.number}:`) }).click();
    await page.waitForURL(new RegExp(`/en/review/schedules/${measure.measureId}$`));
    await page.getByRole('heading', { level: 1, name: measure.names.en ?? '' }).waitFor();
    await page.getByText('Needs a schedule', { exact: true }).waitFor();
    await page.getByText('No obligations yet: this measure has no schedule.').waitFor();
  });

  it('is told what is missing, with the focus on the field', async () => {
    const page = session.page;
    const form = page.getByRole('region', { name: 'Set the reporting dates by hand' });
    await form.getByRole('button', { name: 'Save the schedule' }).click();
    await form.getByRole('alert').getByText('Occurrence 1: enter the due date.').first().waitFor();
    const due = form.getByRole('group', { name: 'Occurrence 1' }).getByLabel('Due date');
    expect(await due.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(page, due)).toBe(true);

    const period = form.getByRole('group', { name: 'Occurrence 1' }).getByLabel('Period');
    await period.fill('2027-Q5');
    await due.fill('2027-07-10');
    await form.getByRole('button', { name: 'Save the schedule' }).click();
    await form.getByRole('alert').getByText('Occurrence 1: write the period as 2025, 2025-H1, 2025-Q2, 2025-06 or a date.').first().waitFor();
    expect(await isFocused(page, period)).toBe(true);
    await screenshot(page, 'schedule-form-errors');
  });

  it('does not overwrite a change made meanwhile: it says so and reloads', async () => {
    const page = session.page;
    const form = page.getByRole('region', { name: 'Set the reporting dates by hand' });
    await form.getByRole('group', { name: 'Occurrence 1' }).getByLabel('Period').fill('2027-H1');
    // Another coordinator sets the schedule through the API while the form is open.
    await api(`/api/v1/measures/${measure.measureId}/schedule`, {
      method: 'POST',
      token: coordinator.token,
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${measure.version}"` },
      body: JSON.stringify({ occurrences: [{ period: '2027', due: '2027-12-15' }], note: 'Set elsewhere' }),
    });
    await form.getByRole('button', { name: 'Save the schedule' }).click();
    const conflict = form.getByRole('alert').filter({ hasText: 'Someone changed this schedule' });
    await conflict.waitFor();
    expect(await conflict.evaluate((element) => element === document.activeElement)).toBe(true);
    await conflict.getByRole('button', { name: 'Reload the schedule' }).click();
    await conflict.waitFor({ state: 'detached' });
    await page.getByText('Set by hand', { exact: true }).waitFor();
    expect(await form.getByRole('group', { name: 'Occurrence 1' }).getByLabel('Period').inputValue()).toBe('2027');
    expect(await form.getByLabel('Note: why the dates are set by hand').inputValue()).toBe('Set elsewhere');
  });

  it('sets two occurrences and sees their due dates moved to working days', async () => {
    const page = session.page;
    const form = page.getByRole('region', { name: 'Set the reporting dates by hand' });
    const first = form.getByRole('group', { name: 'Occurrence 1' });
    await first.getByLabel('Period').fill('2027-H1');
    await first.getByLabel('Due date').fill('2027-07-10'); // a Saturday
    await form.getByRole('button', { name: 'Add an occurrence' }).click();
    const second = form.getByRole('group', { name: 'Occurrence 2' });
    expect(await isFocused(page, second.getByLabel('Period'))).toBe(true);
    await second.getByLabel('Period').fill('2027-H2');
    await second.getByLabel('Due date').fill('2028-01-10'); // a Monday
    // A third row added by mistake is removed with its own button; the focus stays in the list.
    await form.getByRole('button', { name: 'Add an occurrence' }).click();
    await form.getByRole('button', { name: 'Remove occurrence 3' }).click();
    expect(await form.getByRole('group', { name: 'Occurrence 3' }).count()).toBe(0);
    expect(await isFocused(page, second.getByLabel('Period'))).toBe(true);
    await form.getByLabel('Note: why the dates are set by hand').fill('Reports by 10 July and 10 January');
    await form.getByRole('button', { name: 'Save the schedule' }).click();

    await page.getByRole('status').getByText('Schedule saved (version 3). Obligations: 2; due dates on days off were moved to the next working day.').waitFor();
    const obligations = page.getByRole('table', { name: `Obligations of measure ${measure.number}, with due dates moved to working days` });
    const rowOf = (period: string) => obligations.getByRole('row').filter({ has: page.getByRole('rowheader', { name: period, exact: true }) });
    await rowOf('2027-H1').getByText('12 Jul 2027').waitFor();
    await rowOf('2027-H1').getByText('(moved from 10 Jul 2027)').waitFor();
    await rowOf('2027-H2').getByText('10 Jan 2028').first().waitFor();
    expect(await rowOf('2027-H2').getByText(/moved from/).count()).toBe(0);
    // The period set elsewhere and now left out is cancelled, not deleted.
    await rowOf('2027').getByText('Cancelled').waitFor();
    await screenshot(page, 'schedule-saved');

    await page.getByRole('link', { name: 'Schedules', exact: true }).first().click();
    const manual = page.getByRole('table', { name: 'Measures whose reporting dates were set by hand' });
    const row = manual.getByRole('row').filter({ hasText: `Measure ${measure.number}:` });
    await row.getByText('Reports by 10 July and 10 January').waitFor();
    await page.getByText('2 need a schedule set by hand · 1 set by hand · 76 read from the deadline text').waitFor();
  });

  it('the public measure page lists the new obligations', async () => {
    const context = await session.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${session.server.url}/en/measures/${measure.measureId}`);
    const progress = page.getByRole('region', { name: 'Progress' });
    const table = progress.getByRole('table', { name: `Reporting periods of measure ${measure.number} and their accepted status` });
    const rowOf = (period: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: period, exact: true }) });
    await rowOf('2027-H1').getByText('12 Jul 2027').waitFor();
    await rowOf('2027-H2').getByText('10 Jan 2028').waitFor();
    await context.close();
  });

  it('a viewer sees the schedule read-only', async () => {
    const context = await session.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await signIn(page, viewer);
    await page.goto(`${session.server.url}/en/review/schedules/${measure.measureId}`);
    await page.getByText('Only coordinators and admins can change schedules; you can read them.').waitFor();
    await page.getByRole('table', { name: `Obligations of measure ${measure.number}, with due dates moved to working days` }).waitFor();
    expect(await page.getByRole('button', { name: 'Save the schedule' }).count()).toBe(0);
    await context.close();
  });
});
