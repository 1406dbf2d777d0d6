// The indicator pages in a real browser on the seeded public figures: the list with PVI's rating
// (named, not colour alone) and probability, the PVI page with its chart and the GVA/PVI implied
// deflator check with its arithmetic, the as-of picker, and the same page in Russian.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { importObservations } from '../src/app/statistics/import-observations';
import { startTestServer, type TestServer } from '../test/support/app-server';
import { writePviBranchFile } from '../test/support/pvi-branch-file';
import { launchBrowser } from './support/browser';

const PLAN = 'MB-2024-2028';
const SCREENSHOTS = process.env.ZHOSPAR_SCREENSHOTS;
let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function screenshot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

describe('indicator pages', () => {
  it('lists the indicators in English with PVI rated by name and its probability', async () => {
    await page.goto(`${server.url}/en/plans/${PLAN}/indicators?asOf=2025-01-01`);
    await page.getByRole('heading', { level: 1, name: 'Indicator status' }).waitFor();
    const table = page.getByRole('table', { name: /Target indicators with their rating/ });
    const pvi = table.getByRole('row', { name: /Physical volume index/ });
    await pvi.waitFor();
    const ratingText = (await pvi.locator('.rating').innerText()).trim();
    expect(['Green', 'Amber/Green', 'Amber', 'Amber/Red', 'Red']).toContain(ratingText);
    expect(await pvi.innerText()).toMatch(/125\.4 \(2023\)/);
    expect(await pvi.innerText()).toMatch(/\d+%/);
    const gva = table.getByRole('row', { name: /Gross value added/ });
    expect(await gva.innerText()).toContain('No data');
    await screenshot('indicator-list-en');
  });

  it('opens the PVI page with its chart and the implied deflator check', async () => {
    await page.getByRole('link', { name: /Physical volume index/ }).click();
    await page.waitForURL(/\/en\/plans\/MB-2024-2028\/indicators\/PVI\?asOf=2025-01-01$/);
    await page.getByRole('heading', { level: 1, name: /Physical volume index/ }).waitFor();
    await page.getByRole('img', { name: /Line chart of the indicator's annual level against its trajectory/ }).waitFor();
    // ECharts has drawn: the SVG holds the lines.
    await page.locator('.indicator-chart svg path').first().waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'Consistency checks' }).waitFor();
    await page.getByText('4.5 / 2.2 = 2.045; 2.045^(1/6) - 1 = 12.7%').waitFor();
    await page.getByText(/Chained components are not additive/).waitFor();
    const data = page.getByRole('table', { name: /Every figure of PVI released by 2025-01-01/ });
    expect(await data.getByRole('row').count()).toBeGreaterThanOrEqual(4);
    await screenshot('indicator-pvi-en');
    if (SCREENSHOTS) await page.locator('.chart-grid').screenshot({ path: `${SCREENSHOTS}/indicator-pvi-charts.png` });
  });

  it('hides a vintage when an earlier as-of date is chosen', async () => {
    await page.getByLabel('Data as known on').fill('2024-03-20');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/asOf=2024-03-20/);
    const data = page.getByRole('table', { name: /Every figure of PVI released by 2024-03-20/ });
    await data.waitFor();
    expect(await data.innerText()).not.toContain('2024-03-21');
  });

  it('switches to Russian and keeps the page', async () => {
    await page.getByRole('link', { name: 'Русский' }).click();
    await page.waitForURL(/\/ru\/plans\/MB-2024-2028\/indicators\/PVI/);
    await page.getByRole('heading', { level: 1, name: /Индекс физического объема/ }).waitFor();
    await page.getByRole('heading', { name: 'Проверки согласованности' }).waitFor();
    await page.getByText('4.5 / 2.2 = 2.045; 2.045^(1/6) - 1 = 12.7%').waitFor();
    await screenshot('indicator-pvi-ru');
  });

  it('reads in Kazakh too', async () => {
    await page.getByRole('link', { name: 'Қазақша' }).click();
    await page.waitForURL(/\/kk\/plans\/MB-2024-2028\/indicators\/PVI/);
    await page.getByRole('heading', { name: 'Үйлесімділікті тексеру' }).waitFor();
    await page.getByRole('heading', { name: 'Деректер және нұсқалар' }).waitFor();
    await screenshot('indicator-pvi-kk');
  });

  it('draws sub-branch contributions as stacked bars once branch figures are imported', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zhospar-e2e-'));
    try {
      const report = await importObservations(server.db.pool, { path: writePviBranchFile(folder) });
      expect(report.status).toBe('imported');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await page.goto(`${server.url}/en/plans/${PLAN}/indicators/PVI?asOf=2024-06-01`);
    await page.getByRole('img', { name: /Stacked bar chart of each component's contribution/ }).waitFor();
    await page.getByText(/Chained components are not additive/).waitFor();
    await page.getByText(/Contributions in 2023-12, percentage points/).first().waitFor();
    if (SCREENSHOTS) await page.locator('section[aria-labelledby="contributions"]').screenshot({ path: `${SCREENSHOTS}/indicator-contributions.png` });
  });
});
