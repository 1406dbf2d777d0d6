// The indicator pages in a real browser on the seeded public figures: the list with PVI's rating
// (named, not colour alone) and probability, the PVI page with its chart and the GVA/PVI implied
// deflator check with its arithmetic, the as-of picker, and the same page in Russian.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importObservations } from '../src/app/statistics/import-observations';
import { writePviBranchFile } from '../test/support/pvi-branch-file';
import { useBrowserSession } from './support/browser-session';

const PLAN = 'MB-2024-2028';
const SCREENSHOTS = process.env.ZHOSPAR_SCREENSHOTS;
const session = useBrowserSession();

async function screenshot(name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await session.page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

describe('indicator pages', () => {
  it('lists the indicators in English with PVI rated by name and its probability', async () => {
    await session.page.goto(`${session.server.url}/en/plans/${PLAN}/indicators?asOf=2025-01-01`);
    await session.page.getByRole('heading', { level: 1, name: 'Indicator status' }).waitFor();
    const table = session.page.getByRole('table', { name: /Target indicators with their rating/ });
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
    await session.page.getByRole('link', { name: /Physical volume index/ }).click();
    await session.page.waitForURL(/\/en\/plans\/MB-2024-2028\/indicators\/PVI\?asOf=2025-01-01$/);
    await session.page.getByRole('heading', { level: 1, name: /Physical volume index/ }).waitFor();
    await session.page.getByRole('img', { name: /Line chart of the indicator's annual level against its trajectory/ }).waitFor();
    // ECharts has drawn: the SVG holds the lines.
    await session.page.locator('.indicator-chart svg path').first().waitFor({ state: 'attached' });
    await session.page.getByRole('heading', { name: 'Consistency checks' }).waitFor();
    await session.page.getByText('4.5 / 2.2 = 2.045; 2.045^(1/6) - 1 = 12.7%').waitFor();
    await session.page.getByText(/Chained components are not additive/).waitFor();
    const data = session.page.getByRole('table', { name: /Every figure of PVI released by 2025-01-01/ });
    expect(await data.getByRole('row').count()).toBeGreaterThanOrEqual(4);
    await screenshot('indicator-pvi-en');
    if (SCREENSHOTS) await session.page.locator('.chart-grid').screenshot({ path: `${SCREENSHOTS}/indicator-pvi-charts.png` });
  });

  it('hides a vintage when an earlier as-of date is chosen', async () => {
    await session.page.getByLabel('Data as known on').fill('2024-03-20');
    await session.page.getByRole('button', { name: 'Show' }).click();
    await session.page.waitForURL(/asOf=2024-03-20/);
    const data = session.page.getByRole('table', { name: /Every figure of PVI released by 2024-03-20/ });
    await data.waitFor();
    expect(await data.innerText()).not.toContain('2024-03-21');
  });

  it('switches to Russian and keeps the page', async () => {
    await session.page.getByRole('link', { name: 'Русский' }).click();
    await session.page.waitForURL(/\/ru\/plans\/MB-2024-2028\/indicators\/PVI/);
    await session.page.getByRole('heading', { level: 1, name: /Индекс физического объема/ }).waitFor();
    await session.page.getByRole('heading', { name: 'Проверки согласованности' }).waitFor();
    await session.page.getByText('4.5 / 2.2 = 2.045; 2.045^(1/6) - 1 = 12.7%').waitFor();
    await screenshot('indicator-pvi-ru');
  });

  it('reads in Kazakh too', async () => {
    await session.page.getByRole('link', { name: 'Қазақша' }).click();
    await session.page.waitForURL(/\/kk\/plans\/MB-2024-2028\/indicators\/PVI/);
    await session.page.getByRole('heading', { name: 'Үйлесімділікті тексеру' }).waitFor();
    await session.page.getByRole('heading', { name: 'Деректер және нұсқалар' }).waitFor();
    // Kazakh number conventions (decimal comma), even where the browser has no Kazakh locale data.
    const main = await session.page.locator('main').innerText();
    expect(main).toMatch(/Базалық мән\s+100,0/);
    expect(main).toMatch(/\d,\d\s?%/);
    // The engine's notes on what limits the figures, worded in Kazakh.
    expect(main).toContain('Ықтималдық небәрі 1 жылдық өсу тарихына негізделген.');
    expect(main).not.toContain('the probability rests on');
    await screenshot('indicator-pvi-kk');
  });

  it('draws sub-branch contributions as stacked bars once branch figures are imported', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'zhospar-e2e-'));
    try {
      const report = await importObservations(session.server.db.pool, { path: writePviBranchFile(folder) });
      expect(report.status).toBe('imported');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
    await session.page.goto(`${session.server.url}/en/plans/${PLAN}/indicators/PVI?asOf=2024-06-01`);
    await session.page.getByRole('img', { name: /Stacked bar chart of each component's contribution/ }).waitFor();
    await session.page.getByText(/Chained components are not additive/).waitFor();
    await session.page.getByText(/Contributions in 2023-12, percentage points/).first().waitFor();
    if (SCREENSHOTS) await session.page.locator('section[aria-labelledby="contributions"]').screenshot({ path: `${SCREENSHOTS}/indicator-contributions.png` });
  });
});
