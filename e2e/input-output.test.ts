// The input-output page in a real browser, on the seeded Miller and Blair example: the multipliers
// table (1.5182 as the book prints it) sorted from a header, the impact calculator with its
// validation, the claim check's sentence with the "not Kazakhstan" caveat, the Kazakh page, and a
// signed-in importer uploading a table (with the session's CSRF token) after fixing a broken file.
import { describe, expect, it } from 'vitest';
import { createUser } from '../test/support/auth';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

async function firstRowProduct(): Promise<string> {
  return (await session.page.getByRole('table', { name: /Multipliers by product/ }).locator('tbody tr th').first().innerText()).trim();
}

describe('input-output page', () => {
  it('opens the example table with its caveats and the multipliers 1.5182 and 1.4521', async () => {
    await session.page.goto(`${session.server.url}/en/input-output`);
    await session.page.waitForURL(/\/en\/input-output\/MILLER-BLAIR-2X2$/);
    await session.page.getByRole('heading', { level: 1, name: 'Input-output analysis' }).waitFor();
    expect(await session.page.getByLabel('Input-output table').inputValue()).toBe('MILLER-BLAIR-2X2');
    await session.page.getByText('Textbook example', { exact: true }).waitFor();
    await session.page.getByText(/This is not a table of Kazakhstan's economy/).waitFor();

    const table = session.page.getByRole('table', { name: /Multipliers by product/ });
    const outputMultiplierOf = (name: RegExp) => table.getByRole('row', { name }).getByRole('cell').first().innerText();
    expect(await outputMultiplierOf(/^1 Sector 1/)).toBe('1.5182');
    expect(await outputMultiplierOf(/^2 Sector 2/)).toBe('1.4521');
    await session.page.getByRole('img', { name: /Bar chart: Output multiplier of each product/ }).waitFor();
  });

  it('sorts the multipliers by a column from its header button, both ways', async () => {
    const table = session.page.getByRole('table', { name: /Multipliers by product/ });
    const header = table.getByRole('columnheader', { name: /Output multiplier/ });
    expect(await header.getAttribute('aria-sort')).toBeNull();

    await header.getByRole('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await firstRowProduct()).toMatch(/^1\s+Sector 1$/);

    // The keyboard works the same way: the header button takes Enter.
    await header.getByRole('button').focus();
    await session.page.keyboard.press('Enter');
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await firstRowProduct()).toMatch(/^2\s+Sector 2$/);
    await session.page.getByText('Sorted by Output multiplier, ascending.').waitFor({ state: 'attached' });
  });

  it('computes an impact, after saying what is wrong with an empty amount', async () => {
    const calculator = session.page.getByRole('region', { name: 'Impact calculator' });
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    await calculator.getByText('Enter an amount.').waitFor();
    expect(await calculator.getByLabel('Amount', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    await calculator.getByLabel('Product', { exact: true }).selectOption('1');
    await calculator.getByLabel('Amount', { exact: true }).fill('600');
    await calculator.getByRole('button', { name: 'Calculate' }).click();
    const results = calculator.getByRole('table', { name: /Effects by product/ });
    await results.waitFor();
    // L(2,1) x 600 = 0.2640264 x 600: sector 2's indirect output; sector 1's is (1.2541254 - 1) x 600.
    const sector1 = results.getByRole('row', { name: /^1 Sector 1/ });
    expect(await sector1.getByRole('cell').nth(0).innerText()).toBe('600');
    expect(await sector1.getByRole('cell').nth(1).innerText()).toBe('152.48');
    const sector2 = results.getByRole('row', { name: /^2 Sector 2/ });
    expect(await sector2.getByRole('cell').nth(1).innerText()).toBe('158.42');
    await results.getByRole('row', { name: /^All products/ }).waitFor();
  });

  it('says in a sentence that the 8-10 jobs claim does not hold on this table, and why the table cannot settle it', async () => {
    const claim = session.page.getByRole('region', { name: /The “8–10 related jobs” claim/ });
    await claim
      .getByText(/The claim of 8–10 related jobs per job .* does not hold on this table: each direct job in the chosen products \(Sector 1\) comes with 0\.6502 jobs elsewhere/)
      .waitFor();
    await claim.getByText(/Caution: this table is not Kazakhstan's/).waitFor();
    await claim.getByRole('row', { name: /Type I \(supply chains\) 1\.6502/ }).waitFor();
  });

  it('switches to Kazakh and keeps the table', async () => {
    await session.page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Қазақша' }).click();
    await session.page.waitForURL(/\/kk\/input-output\/MILLER-BLAIR-2X2$/);
    await session.page.getByRole('heading', { level: 1, name: 'Кіріс-шығыс талдауы' }).waitFor();
    await session.page.getByRole('heading', { level: 2, name: 'Мультипликаторлар' }).waitFor();
    await session.page.getByText(/осы кесте бойынша расталмайды/).waitFor();
    expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('kk');
  });

  it('lets a signed-in importer upload a table, listing the problems of a broken file first', async () => {
    const importer = await createUser(session.server.db.pool, { organizationCode: 'MIC', roles: ['coordinator'] });
    const signIn = await session.page.request.post(`${session.server.url}/api/v1/auth/sign-in`, { data: { email: importer.email, password: importer.password } });
    expect(signIn.status()).toBe(200);
    await session.page.goto(`${session.server.url}/en/input-output/MILLER-BLAIR-2X2`);
    const form = session.page.getByRole('region', { name: 'Import an input-output table' });
    await form.waitFor();

    const header = 'code,name,01,28,household_consumption,other_final_demand,total_output,gva,compensation,employment';
    await form.getByLabel('File (CSV or XLSX)').setInputFiles({
      name: 'broken.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n01,Agriculture,100,20,400,480,1000,600,300,x\n28,Machinery,50,100,50,800,1000,500,350,40\n`),
    });
    await form.getByLabel('Code', { exact: true }).fill('kz-e2e');
    expect(await form.getByLabel('Code', { exact: true }).inputValue()).toBe('KZ-E2E');
    await form.getByLabel('Name', { exact: true }).fill('Browser test table');
    await form.getByLabel('Year of the data').fill('2021');
    await form.getByLabel('Source', { exact: true }).fill('Made up for the browser test');
    await form.getByRole('button', { name: 'Import the table' }).click();
    await form.getByText('The table was not stored. Problems found (1):').waitFor();
    await form.getByText('row 2, column "employment"', { exact: true }).waitFor();

    await form.getByLabel('File (CSV or XLSX)').setInputFiles({
      name: 'table.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${header}\n01,Agriculture,100,20,400,480,1000,600,300,200\n28,Machinery,50,100,50,800,1000,500,350,40\n`),
    });
    await form.getByRole('button', { name: 'Import the table' }).click();
    await session.page.waitForURL(/\/en\/input-output\/KZ-E2E$/);
    await session.page.getByRole('heading', { level: 2, name: /Browser test table/ }).waitFor();
    await session.page.getByRole('region', { name: /The “8–10 related jobs” claim/ }).getByText(/each direct job in machine building/).waitFor();
  });
});
