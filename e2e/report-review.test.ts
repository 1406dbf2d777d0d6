// An executor's report through review in a real browser: the executor signs in, writes a report on
// an obligation of a measure their organisation leads, meets a conflicting change (and reloads
// rather than overwriting it), attaches a real PDF and submits; a reviewer returns it with a
// comment; the executor sees the comment, revises and submits again; the reviewer accepts it from
// the review queue; the public measure page then shows the accepted status and report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ListEnvelope } from '../src/contracts/api/common';
import type { Obligation } from '../src/contracts/api/obligations';
import type { Report } from '../src/contracts/api/reports';
import { startTestServer, type TestServer } from '../test/support/app-server';
import { createUser, type TestUser } from '../test/support/auth';
import { launchBrowser } from './support/browser';

const PLAN = 'MB-2024-2028';
const FIRST_TEXT = 'The rolling stock purchase plan was drafted with the domestic plants and sent for approval.';
const THEIR_TEXT = 'Changed by a colleague through the API while the form was open.';
const RETURN_COMMENT = 'Attach the approval order and give the number of wagons in the plan.';
const REVISED_TEXT = 'The plan was approved by order No. 17 of 12 March; it lists 1,200 wagons from domestic plants.';

let server: TestServer;
let browser: Browser;
let executorContext: BrowserContext;
let reviewerContext: BrowserContext;
let publicContext: BrowserContext;
let executorPage: Page;
let reviewerPage: Page;
let executor: TestUser;
let reviewer: TestUser;
let obligation: Obligation;
let measureName: string;

/** A small valid PDF (one empty page) with a correct cross-reference table. */
function minimalPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R >>',
    '<< /Length 0 >>\nstream\n\nendstream',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  const response = await fetch(`${server.url}${path}`, { ...init, headers });
  expect(response.status, `${init.method ?? 'GET'} ${path}: ${response.status}`).toBeLessThan(300);
  return (await response.json()) as T;
}

async function signIn(page: Page, user: TestUser): Promise<void> {
  await page.goto(`${server.url}/en/sign-in`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('E-mail address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

beforeAll(async () => {
  server = await startTestServer();
  // An obligation still ahead, so that the accepted completion is "Completed" (on time).
  const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  const upcoming = await api<ListEnvelope<Obligation>>(`/api/v1/obligations?plan=${PLAN}&dueAfter=${tomorrow}&limit=50`);
  const candidate = upcoming.items.find((item) => item.report === null);
  if (!candidate) throw new Error('the default dataset has no upcoming obligation without a report');
  obligation = candidate;
  measureName = obligation.measure.names.en ?? '';
  executor = await createUser(server.db.pool, { organizationCode: obligation.leadExecutor.code, roles: ['executor'], name: 'Aigerim Executor' });
  reviewer = await createUser(server.db.pool, { organizationCode: 'MIC', roles: ['reviewer'], name: 'Nurlan Reviewer' });
  browser = await launchBrowser();
  const options = { locale: 'en-GB', viewport: { width: 1280, height: 900 } };
  executorContext = await browser.newContext(options);
  reviewerContext = await browser.newContext(options);
  publicContext = await browser.newContext(options);
  executorPage = await executorContext.newPage();
  reviewerPage = await reviewerContext.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('report review', () => {
  it('the executor signs in, finds the obligation and starts a draft', async () => {
    await signIn(executorPage, executor);
    await executorPage.waitForURL(/\/en\/workspace$/);
    await executorPage.getByRole('heading', { level: 1, name: 'My obligations' }).waitFor();
    await executorPage.getByRole('group', { name: 'Your account' }).getByText('Aigerim Executor').waitFor();

    // Narrow the list to the obligation's due date with the filters (kept in the address).
    await executorPage.getByLabel('Due from').fill(obligation.due);
    await executorPage.getByLabel('Due until').fill(obligation.due);
    await executorPage.waitForURL((url) => url.searchParams.get('from') === obligation.due && url.searchParams.get('to') === obligation.due);
    const table = executorPage.getByRole('table', { name: 'Obligations of your organisation by due date' });
    const row = table.getByRole('row').filter({ hasText: measureName }).filter({ hasText: obligation.period });
    await row.getByRole('link', { name: new RegExp(escapeRegExp(measureName)) }).click();
    await executorPage.waitForURL(new RegExp(`/en/workspace/obligations/${obligation.id}$`));
    await executorPage.getByRole('heading', { level: 1, name: measureName }).waitFor();

    await executorPage.getByRole('button', { name: 'Start the report' }).click();
    const report = executorPage.getByRole('region', { name: /^Report/ });
    await report.getByText('Draft', { exact: true }).waitFor();
    await report.getByLabel('What was done').fill(FIRST_TEXT);
    await report.getByRole('radio', { name: 'In progress' }).check();
    await report.getByLabel('Percent done').fill('40');
    await report.getByRole('button', { name: 'Save draft' }).click();
    await report.getByRole('status').getByText('Draft saved.').waitFor();
    await report.getByText('All changes saved').waitFor();
  });

  it('does not overwrite a change made elsewhere: it says so and reloads', async () => {
    const current = await api<Obligation>(`/api/v1/obligations/${obligation.id}`, { token: executor.token });
    const reportId = current.report?.id ?? 0;
    const before = await api<Report>(`/api/v1/reports/${reportId}`, { token: executor.token });
    await api<Report>(`/api/v1/reports/${reportId}`, {
      method: 'PATCH',
      token: executor.token,
      headers: { 'Content-Type': 'application/json', 'If-Match': `"${before.version}"` },
      body: JSON.stringify({ text: THEIR_TEXT }),
    });

    const report = executorPage.getByRole('region', { name: /^Report/ });
    await report.getByLabel('What was done').fill(`${FIRST_TEXT} Edited in the browser.`);
    await report.getByRole('button', { name: 'Save draft' }).click();
    const conflict = report.getByRole('alert').filter({ hasText: 'Someone changed this report since you opened it' });
    await conflict.waitFor();
    // The unsaved text is kept for copying, and the conflict notice has the keyboard focus.
    await conflict.getByText('Edited in the browser.').waitFor();
    expect(await conflict.evaluate((element) => element === document.activeElement)).toBe(true);
    await conflict.getByRole('button', { name: 'Reload the report' }).click();
    await report.getByRole('status').getByText('The report is reloaded.').waitFor();
    expect(await report.getByLabel('What was done').inputValue()).toBe(THEIR_TEXT);

    await report.getByLabel('What was done').fill(FIRST_TEXT);
    await report.getByRole('button', { name: 'Save draft' }).click();
    await report.getByText('All changes saved').waitFor();
  });

  it('attaches a PDF and submits the report', async () => {
    const report = executorPage.getByRole('region', { name: /^Report/ });
    await report.getByText(/PDF, DOCX, XLSX, PNG or JPEG, at most 10 MB each/).waitFor();
    await report.getByLabel('Add files').setInputFiles({ name: 'approval-order-17.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    const files = report.getByRole('table', { name: 'Evidence files of the report' });
    await files.getByRole('link', { name: /approval-order-17\.pdf/ }).waitFor();
    await files.getByRole('button', { name: /Remove/ }).waitFor();

    await report.getByRole('button', { name: 'Submit for review' }).click();
    await report.getByRole('status').getByText('The report is submitted for review.').waitFor();
    await report.getByText('Submitted for review', { exact: true }).waitFor();
    // Submitted: no more editing, and the file is part of the record.
    expect(await report.getByRole('button', { name: 'Save draft' }).count()).toBe(0);
    await files.getByText('Part of a submission').waitFor();
    expect(await files.getByRole('button', { name: /Remove/ }).count()).toBe(0);
  });

  it('the reviewer returns it with a comment', async () => {
    await signIn(reviewerPage, reviewer);
    await reviewerPage.waitForURL(/\/en\/review$/);
    const queue = reviewerPage.getByRole('table', { name: 'Submitted reports waiting for review, earliest due first' });
    const row = queue.getByRole('row').filter({ hasText: measureName }).filter({ hasText: obligation.period });
    await row.getByRole('link', { name: new RegExp(escapeRegExp(measureName)) }).click();
    await reviewerPage.waitForURL(/\/en\/reports\/\d+$/);

    const report = reviewerPage.getByRole('region', { name: /^Report/ });
    await report.getByText(FIRST_TEXT).first().waitFor();
    await report.getByRole('link', { name: /approval-order-17\.pdf/ }).waitFor();
    // Returning needs a comment: the form says so and keeps the report as it is.
    await report.getByRole('button', { name: 'Return with comment' }).click();
    await report.getByRole('alert').getByText('Write what must change before returning the report.').waitFor();
    await report.getByLabel('Comment').fill(RETURN_COMMENT);
    await report.getByRole('button', { name: 'Return with comment' }).click();
    await report.getByRole('status').getByText('The report is returned to the executor with your comment.').waitFor();
    await report.getByRole('region', { name: 'Returned for revision' }).getByText(RETURN_COMMENT).waitFor();
  });

  it('the executor sees the comment, revises and submits again', async () => {
    await executorPage.goto(`${server.url}/en/workspace`);
    const returned = executorPage.getByRole('region', { name: 'Returned for revision' });
    await returned.getByText(RETURN_COMMENT).waitFor();
    await returned.getByRole('link', { name: new RegExp(escapeRegExp(measureName)) }).click();
    await executorPage.waitForURL(new RegExp(`/en/workspace/obligations/${obligation.id}$`));

    const report = executorPage.getByRole('region', { name: /^Report/ });
    const outcome = report.getByRole('region', { name: 'Returned for revision' });
    await outcome.getByText(RETURN_COMMENT).waitFor();
    await outcome.getByText('Nurlan Reviewer', { exact: false }).waitFor();

    await report.getByLabel('What was done').fill(REVISED_TEXT);
    await report.getByRole('radio', { name: 'Completed' }).check();
    await report.getByLabel('Percent done').fill('100');
    // "Submit again" saves the edits first, then submits.
    await report.getByRole('button', { name: 'Submit again' }).click();
    await report.getByRole('status').getByText('The report is submitted for review.').waitFor();
    await report.getByText(REVISED_TEXT).first().waitFor();

    const history = report.getByRole('region', { name: 'History' });
    for (const step of ['Draft started', 'File added', 'Submitted', 'Returned for revision']) {
      await history.getByText(step, { exact: true }).first().waitFor();
    }
    await history.getByText(RETURN_COMMENT).waitFor();
  });

  it('the reviewer accepts it from the review queue', async () => {
    await reviewerPage.goto(`${server.url}/en/review`);
    const queue = reviewerPage.getByRole('table', { name: 'Submitted reports waiting for review, earliest due first' });
    await queue.getByRole('checkbox', { name: new RegExp(`^Select Measure ${obligation.measure.number}, ${escapeRegExp(obligation.period)}$`) }).check();
    await reviewerPage.getByRole('button', { name: 'Accept selected (1)' }).click();
    await reviewerPage.getByRole('status').getByText('Reports accepted: 1.').waitFor();
    await queue.getByRole('row').filter({ hasText: measureName }).filter({ hasText: obligation.period }).waitFor({ state: 'detached' });
  });

  it('the public measure page shows the accepted status and report', async () => {
    const page = await publicContext.newPage();
    await page.goto(`${server.url}/en/measures/${obligation.measure.id}`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    const progress = page.getByRole('region', { name: 'Progress' });
    const table = progress.getByRole('table', { name: `Reporting periods of measure ${obligation.measure.number} and their accepted status` });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: obligation.period, exact: true }) });
    await row.getByText('Completed', { exact: true }).waitFor();
    await row.getByText(REVISED_TEXT).waitFor();
    await row.getByRole('link', { name: 'approval-order-17.pdf' }).waitFor();
    // The public never sees the review's internal life.
    expect(await page.getByText(RETURN_COMMENT).count()).toBe(0);

    const download = await page.request.get(`${server.url}${await row.getByRole('link', { name: 'approval-order-17.pdf' }).getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect((await download.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
