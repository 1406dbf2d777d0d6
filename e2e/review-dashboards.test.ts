// The coordinator's plan overview, performance and overdue pages in a real browser: the figures
// they show agree with the obligations list counted by hand and with each organisation's
// performance, and each page asks the API for them in one request rather than one per page of
// obligations and one per organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ListEnvelope } from '../src/contracts/api/common';
import type { MeasureSummary } from '../src/contracts/api/measures';
import type { Obligation, OrganizationPerformance } from '../src/contracts/api/obligations';
import { startTestServer, type TestServer } from '../test/support/app-server';
import { createUser, type TestUser } from '../test/support/auth';
import { launchBrowser } from './support/browser';

const PLAN = 'MB-2024-2028';

let server: TestServer;
let browser: Browser;
let page: Page;
let coordinator: TestUser;
/** Paths (with query) of the API requests the page made since the last `apiRequestsDuring`. */
let requests: string[] = [];

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${coordinator.token}` } });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function allObligations(): Promise<Obligation[]> {
  const items: Obligation[] = [];
  for (;;) {
    const page = await api<ListEnvelope<Obligation>>(`/api/v1/obligations?plan=${PLAN}&limit=500&offset=${items.length}`);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

/** Loads the page afresh (nothing cached in the app) and returns the API requests it made. */
async function apiRequestsOf(path: string, ready: () => Promise<void>): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  requests = [];
  await page.goto(`${server.url}${path}`);
  await ready();
  await page.waitForLoadState('networkidle');
  return [...requests];
}

beforeAll(async () => {
  server = await startTestServer();
  coordinator = await createUser(server.db.pool, { organizationCode: 'MIC', roles: ['coordinator'], name: 'Dana Coordinator' });
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) requests.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto(`${server.url}/en/sign-in`);
  await page.getByLabel('E-mail address').fill(coordinator.email);
  await page.getByLabel('Password').fill(coordinator.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/en\/review$/);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('plan overview', () => {
  it('shows every obligation by area and by lead executor, as the obligations list counts them', async () => {
    const made = await apiRequestsOf('/en/review/overview', async () => {
      await page.getByRole('table', { name: 'Obligations by lead executor and status, most obligations first' }).waitFor();
    });
    console.info(`overview: ${made.length} API requests\n  ${made.join('\n  ')}`);
    expect(made.filter((r) => r.startsWith('GET /api/v1/obligations'))).toEqual([]);
    expect(made.filter((r) => r.includes('/obligation-status'))).toHaveLength(1);

    const obligations = await allObligations();
    const measures = await api<ListEnvelope<MeasureSummary>>(`/api/v1/plans/${PLAN}/measures?limit=500`);
    const areaOf = new Map(measures.items.map((m) => [m.id, m.areaNumber]));
    const byArea = page.getByRole('table', { name: 'Obligations by area and status' });
    for (const area of [1, 2, 3, 4, 5, 6, 7]) {
      const inArea = obligations.filter((o) => areaOf.get(o.measure.id) === area);
      const row = byArea.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Area ${area}:`) }) });
      const cells = await row.getByRole('cell').allTextContents();
      expect(cells.at(-1), `area ${area} total`).toBe(String(inArea.length));
      expect(cells[4], `area ${area} overdue`).toBe(String(inArea.filter((o) => o.status === 'overdue').length));
    }
    expect(await byArea.locator('tfoot td').last().textContent()).toBe(obligations.length.toLocaleString('en-GB'));

    const byExecutor = page.getByRole('table', { name: 'Obligations by lead executor and status, most obligations first' });
    const leads = new Set(obligations.map((o) => o.leadExecutor.code));
    expect(await byExecutor.locator('tbody tr').count()).toBe(leads.size);
    await page.getByRole('img', { name: /Stacked bar chart: obligations of each lead executor by status/ }).waitFor();
  });
});

describe('performance', () => {
  it('shows each lead executor, the same figures as its own performance', async () => {
    const made = await apiRequestsOf('/en/review/performance', async () => {
      await page.getByRole('table', { name: /^Reporting rate and timeliness of lead executors as of/ }).waitFor();
    });
    console.info(`performance: ${made.length} API requests\n  ${made.join('\n  ')}`);
    expect(made.filter((r) => r.startsWith('GET /api/v1/obligations') || r.startsWith('GET /api/v1/organizations/'))).toEqual([]);
    expect(made.filter((r) => r.startsWith(`GET /api/v1/plans/${PLAN}/performance`))).toHaveLength(1);

    const leads = [...new Set((await allObligations()).map((o) => o.leadExecutor.code))];
    const table = page.getByRole('table', { name: /^Reporting rate and timeliness of lead executors as of/ });
    expect(await table.locator('tbody tr').count()).toBe(leads.length);
    const first = await table.locator('tbody tr').first().getByRole('cell').allTextContents();
    const firstName = await table.locator('tbody tr').first().getByRole('rowheader').textContent();
    const performances = await Promise.all(leads.map((code) => api<OrganizationPerformance>(`/api/v1/organizations/${code}/performance?plan=${PLAN}`)));
    const nameOf = (p: OrganizationPerformance) => p.organization.names.en ?? p.organization.code;
    const shown = performances.filter((p) => firstName?.includes(nameOf(p))).sort((a, b) => nameOf(b).length - nameOf(a).length)[0];
    expect(shown, `a lead executor named ${firstName}`).toBeDefined();
    expect(first.slice(0, 4)).toEqual([shown!.obligations, shown!.fallenDue, shown!.reported, shown!.reportedOnTime].map(String));
  });
});

describe('overdue', () => {
  it('offers the lead executors with overdue obligations as the filter, without fetching every obligation', async () => {
    const made = await apiRequestsOf('/en/review/overdue', async () => {
      await page.getByRole('table', { name: 'Overdue obligations, earliest due first' }).waitFor();
    });
    console.info(`overdue: ${made.length} API requests\n  ${made.join('\n  ')}`);
    expect(made.filter((r) => r.startsWith('GET /api/v1/obligations'))).toEqual([`GET /api/v1/obligations?plan=${PLAN}&status=overdue&limit=50&offset=0`]);
    expect(made.filter((r) => r.includes('/obligation-status'))).toHaveLength(1);

    const overdue = (await allObligations()).filter((o) => o.status === 'overdue');
    const expected = [...new Map(overdue.map((o) => [o.leadExecutor.code, o.leadExecutor.names.en ?? o.leadExecutor.code])).values()].sort((a, b) => a.localeCompare(b));
    const select = page.getByLabel('Lead executor');
    await select.locator('option').nth(expected.length).waitFor({ state: 'attached' });
    expect(await select.locator('option').allTextContents()).toEqual(['All executors', ...expected]);
  });
});
