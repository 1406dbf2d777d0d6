// The public plan register in a real browser: the home page with the plan's areas and target
// indicators, the language switch, an area's measures with filters, and a measure with every field.
import { describe, expect, it } from 'vitest';
import type { ListEnvelope } from '../src/contracts/api/common';
import type { MeasureDetail, MeasureSummary } from '../src/contracts/api/measures';
import { useBrowserSession } from './support/browser-session';

const PLAN = 'MB-2024-2028';
// A Russian-speaking visitor: "/" should pick Russian until another language is chosen.
const session = useBrowserSession({ locale: 'ru-RU' });

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${session.server.url}${path}`);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

async function htmlLang(): Promise<string> {
  return session.page.evaluate(() => document.documentElement.lang);
}

describe('plan register', () => {
  it('shows the plan with its 7 areas and its target indicators', async () => {
    await session.page.goto(`${session.server.url}/`);
    await session.page.waitForURL(/\/ru$/);
    expect(await htmlLang()).toBe('ru');

    await session.page.getByRole('heading', { level: 1, name: /Комплексный план развития машиностроения/ }).waitFor();

    const areas = session.page.getByRole('region', { name: 'Направления' });
    const areaLinks = areas.getByRole('list').first().getByRole('link');
    expect(await areaLinks.count()).toBe(7);
    for (let number = 1; number <= 7; number++) {
      await areas.getByRole('link', { name: new RegExp(`Направление ${number}:.*Мероприятий: \\d+`) }).waitFor();
    }
    // The chart is a labelled picture next to the list that carries the same figures.
    await areas.getByRole('img', { name: /Столбчатая диаграмма/ }).waitFor();

    const indicators = session.page.getByRole('region', { name: 'Целевые индикаторы' });
    await indicators.getByRole('article').first().waitFor();
    expect(await indicators.getByRole('article').count()).toBe(5);
    for (const target of ['×4,5 к 2028 году', '×2,2 к 2028 году', '×3 к 2028 году', '×1,5 к 2028 году', '×1,9 к 2028 году']) {
      await indicators.getByText(target).waitFor();
    }
    await indicators.getByRole('heading', { name: /Валовая добавленная стоимость/ }).waitFor();
    // Base years are not published, and the page says so rather than inventing one.
    expect(await indicators.getByText('Не опубликовано').count()).toBeGreaterThan(0);
  });

  it('switches the language from Russian to Kazakh to English', async () => {
    await session.page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'Қазақша' }).click();
    await session.page.waitForURL(/\/kk$/);
    await session.page.getByRole('heading', { level: 2, name: 'Бағыттар' }).waitFor();
    await session.page.getByRole('heading', { level: 2, name: 'Нысаналы көрсеткіштер' }).waitFor();
    await session.page.getByRole('heading', { level: 1, name: /Машина жасауды дамытудың/ }).waitFor();
    expect(await htmlLang()).toBe('kk');

    await session.page.getByRole('navigation', { name: 'Тіл' }).getByRole('link', { name: 'English' }).click();
    await session.page.waitForURL(/\/en$/);
    await session.page.getByRole('heading', { level: 2, name: 'Areas' }).waitFor();
    await session.page.getByRole('heading', { level: 2, name: 'Target indicators' }).waitFor();
    await session.page.getByRole('heading', { level: 1, name: /Comprehensive Development Plan of Machine Building/ }).waitFor();
    expect(await htmlLang()).toBe('en');

    // The choice is remembered: the bare address now opens in English.
    await session.page.goto(`${session.server.url}/`);
    await session.page.waitForURL(/\/en$/);
  });

  it('opens an area, filters its measures, and opens a measure with every field', async () => {
    const [first] = (await api<ListEnvelope<MeasureSummary>>(`/api/v1/plans/${PLAN}/measures?area=3&limit=1`)).items;
    if (!first) throw new Error('area 3 has no measures');
    const measure = await api<MeasureDetail>(`/api/v1/measures/${first.id}`);
    const areaTotal = (await api<ListEnvelope<MeasureSummary>>(`/api/v1/plans/${PLAN}/measures?area=3&limit=1`)).total;

    await session.page.getByRole('region', { name: 'Areas' }).getByRole('link', { name: /^Area 3:/ }).click();
    await session.page.waitForURL(new RegExp(`/en/plans/${PLAN}/areas/3$`));
    const table = session.page.getByRole('table', { name: 'Measures of area 3' });
    await table.waitFor();
    await session.page.getByText(`Showing 1–${areaTotal} of ${areaTotal}`).waitFor();
    expect(await table.getByRole('row').count()).toBe(areaTotal + 1);
    // Every row is illustrative in the default dataset, and says so.
    expect(await table.getByText('Illustrative', { exact: true }).count()).toBe(areaTotal);

    // The search is debounced and kept in the address.
    const name = measure.names.en ?? '';
    const word = name.split(/\s+/).find((candidate) => candidate.length > 6) ?? name;
    await session.page.getByLabel('Search').fill(word);
    await session.page.waitForURL((url) => url.searchParams.get('q') === word);
    await table.getByRole('rowheader', { name: new RegExp(escapeRegExp(name)) }).waitFor();

    await table.getByRole('link', { name }).click();
    await session.page.waitForURL(new RegExp(`/en/measures/${measure.id}$`));

    const title = session.page.getByRole('heading', { level: 1 });
    await title.getByText(name).waitFor();
    expect(await title.getByText('Illustrative', { exact: true }).isVisible()).toBe(true);

    const details = session.page.getByRole('region', { name: 'Measure details', exact: true });
    await details.getByText(measure.deadlineText, { exact: true }).waitFor();
    await details.getByText(`As written in the plan, in ${{ kk: 'Kazakh', ru: 'Russian', en: 'English' }[measure.deadlineLanguage]}`).waitFor();
    await details.getByText(measure.leadExecutor.names.en ?? '', { exact: true }).waitFor();
    await details.getByRole('link', { name: /^Area 3:/ }).waitFor();

    const costs = session.page.getByRole('region', { name: 'Estimated costs', exact: true });
    await costs.waitFor();
    if (measure.costs.some((cost) => cost.source !== 'not_required')) {
      await costs.getByRole('table', { name: /Estimated costs by year and financing source/ }).waitFor();
    }
    const indicatorLinks = session.page.getByRole('region', { name: 'Target indicators it serves', exact: true }).getByRole('link');
    expect(await indicatorLinks.count()).toBe(measure.indicators.length);
  });

  it('says so when a measure does not exist', async () => {
    await session.page.goto(`${session.server.url}/ru/measures/999999`);
    await session.page.getByRole('heading', { level: 1, name: 'Страница не найдена' }).waitFor();
    await session.page.getByRole('link', { name: 'На главную страницу' }).waitFor();
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
