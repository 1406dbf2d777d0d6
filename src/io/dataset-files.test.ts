import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_PLAN_FOLDER,
  DatasetValidationError,
  datasetFilePaths,
  listPlanFolders,
  loadDefaultDataset,
  loadPlanFolder,
  parseFigureValue,
  type DefaultDataset,
} from './dataset-files';

const dataDir = path.resolve(import.meta.dirname, '../../data');

describe('the default dataset in data/', () => {
  let dataset: DefaultDataset;
  beforeAll(async () => {
    dataset = await loadDefaultDataset(dataDir);
  });

  it('holds the plan as publicly known: 7 areas and 79 measures', () => {
    expect(dataset.plan.code).toBe('MB-2024-2028');
    expect(dataset.plan.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(dataset.measures).toHaveLength(79);
    expect(dataset.measures.map((m) => m.number)).toEqual(Array.from({ length: 79 }, (_, i) => i + 1));
    expect(new Set(dataset.measures.map((m) => m.area))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
  });

  it('flags every measure and area as illustrative', () => {
    expect(dataset.measures.every((m) => m.isIllustrative)).toBe(true);
    expect(dataset.plan.areas.every((a) => a.isIllustrative)).toBe(true);
  });

  it('gives every measure a deadline, a completion form and Russian and English names', () => {
    for (const m of dataset.measures) {
      expect(m.deadlineText.trim(), `measure ${m.number}`).not.toBe('');
      expect(m.names.ru && m.names.en, `measure ${m.number}`).toBeTruthy();
      expect(m.completionForm.ru && m.completionForm.en && m.completionForm.kk, `measure ${m.number}`).toBeTruthy();
    }
  });

  it('mixes the deadline kinds of DOMAIN.md section 3', () => {
    const count = (re: RegExp) => dataset.measures.filter((m) => re.test(m.deadlineText)).length;
    const month = /^(январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь) \d{4} года$/;
    expect(count(month)).toBeGreaterThanOrEqual(5);
    expect(count(/^(I|II|III|IV) квартал \d{4} года$/)).toBeGreaterThanOrEqual(5);
    expect(count(/^\d{4}-\d{4} годы$/)).toBeGreaterThanOrEqual(5);
    expect(count(/^ежегодно, /)).toBeGreaterThanOrEqual(5);
    expect(count(/^ежеквартально, /)).toBeGreaterThanOrEqual(5);
    expect(count(/^1 раз в полугодие/)).toBeGreaterThanOrEqual(5);
  });

  it('names only known organisations as executors and plan owner', () => {
    const codes = new Set(dataset.organizations.map((o) => o.code));
    expect(codes.has(dataset.plan.owner)).toBe(true);
    for (const m of dataset.measures) {
      for (const code of [m.leadExecutor, ...m.coExecutors]) expect(codes.has(code), `measure ${m.number}: ${code}`).toBe(true);
    }
  });

  it('links measures to the five target indicators', () => {
    expect(dataset.indicators.map((i) => [i.code, i.targetMultiple, i.targetYear])).toEqual([
      ['GVA', 4.5, 2028],
      ['PVI', 2.2, 2028],
      ['EXPORTS', 3, 2028],
      ['INVESTMENT', 1.5, 2028],
      ['LABOUR_PRODUCTIVITY', 1.9, 2028],
    ]);
    const codes = new Set(dataset.indicators.map((i) => i.code));
    for (const m of dataset.measures) expect(m.indicators.every((c) => codes.has(c)), `measure ${m.number}`).toBe(true);
  });

  it('has the 37 OKED groups with a core or extended scope', () => {
    expect(dataset.branchGroups).toHaveLength(37);
    expect(dataset.branchGroups.filter((g) => g.scope === 'extended').map((g) => g.division)).toEqual(Array(8).fill('25'));
    expect(dataset.branchGroups.filter((g) => g.division === '33').every((g) => g.scope === 'core' && /unconfirmed/.test(g.scopeNote ?? ''))).toBe(true);
  });

  it('has the 20 regions: 17 oblasts and 3 cities', () => {
    expect(dataset.regions).toHaveLength(20);
    expect(dataset.regions.filter((r) => r.kind === 'city').map((r) => r.code)).toEqual(['KZ-71', 'KZ-75', 'KZ-79']);
    expect(dataset.regions.every((r) => r.names.kk && r.names.ru && r.names.en)).toBe(true);
  });

  it('gives every public figure a source URL', async () => {
    const csvLines = (await readFile(datasetFilePaths(dataDir).publicFigures, 'utf8')).trim().split('\n').length;
    expect(dataset.publishedFigures).toHaveLength(csvLines - 1);
    for (const figure of dataset.publishedFigures) expect(figure.sourceUrl, `figure ${figure.position}`).toMatch(/^https?:\/\/\S+$/);
    expect(dataset.publishedFigures.map((f) => f.position)).toEqual(dataset.publishedFigures.map((_, i) => i + 1));
  });

  it('loads a plan folder on its own and lists the plan folders', async () => {
    expect(await listPlanFolders(dataDir)).toContain(DEFAULT_PLAN_FOLDER);
    const plan = await loadPlanFolder(path.join(dataDir, 'plans', DEFAULT_PLAN_FOLDER));
    expect(plan.measures).toHaveLength(79);
  });
});

describe('a broken dataset', () => {
  let tempRoot: string;
  let copyNumber = 0;
  beforeAll(async () => {
    tempRoot = await mkdtemp(path.join(os.tmpdir(), 'zhospar-dataset-'));
  });
  afterAll(async () => {
    await rm(tempRoot, { recursive: true, force: true });
  });

  /** Copies data/ to a temp folder and lets the test change one file. */
  async function brokenCopy(file: keyof ReturnType<typeof datasetFilePaths>, change: (text: string) => string): Promise<string> {
    const copy = path.join(tempRoot, `data-${++copyNumber}`);
    await cp(dataDir, copy, { recursive: true });
    const target = datasetFilePaths(copy)[file];
    await writeFile(target, change(await readFile(target, 'utf8')));
    return copy;
  }

  function changeMeasure(number: number, edit: (m: Record<string, unknown>) => void) {
    return (text: string) => {
      const measures = JSON.parse(text) as Array<Record<string, unknown>>;
      const measure = measures.find((m) => m.number === number);
      if (!measure) throw new Error(`no measure ${number}`);
      edit(measure);
      return JSON.stringify(measures, null, 2);
    };
  }

  async function problems(copy: string): Promise<DatasetValidationError> {
    const error: unknown = await loadDefaultDataset(copy).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DatasetValidationError);
    return error as DatasetValidationError;
  }

  it('names the file, the measure number and the field of an invalid measure', async () => {
    const copy = await brokenCopy('measures', changeMeasure(5, (m) => (m.deadlineText = '')));
    const error = await problems(copy);
    expect(error.issues).toEqual([
      expect.objectContaining({ file: `${path.basename(copy)}/plans/${DEFAULT_PLAN_FOLDER}/measures.json`, record: 'measure 5', field: 'deadlineText' }),
    ]);
    expect(error.message).toContain('measures.json: measure 5, field "deadlineText"');
  });

  it('reports a field that is not part of the format and a wrong nested value', async () => {
    const copy = await brokenCopy(
      'measures',
      changeMeasure(17, (m) => {
        m.owner = 'MIC';
        (m.costs as Array<Record<string, unknown>>)[0]!.source = 'budget';
      }),
    );
    const error = await problems(copy);
    expect(error.issues.map((i) => [i.record, i.field])).toEqual(
      expect.arrayContaining([
        ['measure 17', 'owner'],
        ['measure 17', 'costs[0].source'],
      ]),
    );
  });

  it('rejects unknown executors, indicators and areas', async () => {
    const copy = await brokenCopy(
      'measures',
      changeMeasure(12, (m) => {
        m.leadExecutor = 'NOBODY';
        m.coExecutors = ['MF', 'NOBODY-ELSE'];
        m.indicators = ['GVA', 'JOBS'];
        m.area = 9;
      }),
    );
    const messages = (await problems(copy)).issues.map((i) => `${i.record} ${i.field}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^measure 12 leadExecutor: "NOBODY" is not an organization/),
        expect.stringMatching(/^measure 12 coExecutors\[1\]: "NOBODY-ELSE" is not an organization/),
        expect.stringMatching(/^measure 12 indicators\[1\]: "JOBS" is not an indicator/),
        expect.stringMatching(/^measure 12 area: area 9 is not one of the plan's areas/),
      ]),
    );
  });

  it('requires measure numbers 1 to N without repeats', async () => {
    const copy = await brokenCopy('measures', changeMeasure(40, (m) => (m.number = 39)));
    const messages = (await problems(copy)).issues.map((i) => `${i.record} ${i.field}: ${i.message}`);
    expect(messages).toEqual(['measure 39 number: measure 39 appears more than once', 'measure 40 number: no measure has number 40']);
  });

  it('requires every area of the plan to have measures', async () => {
    const copy = await brokenCopy('plan', (text) => {
      const plan = JSON.parse(text) as { areas: Array<{ number: number; names: object; isIllustrative: boolean }> };
      plan.areas.push({ number: 8, names: { en: 'Eighth area' }, isIllustrative: true });
      return JSON.stringify(plan);
    });
    const issues = (await problems(copy)).issues;
    expect(issues).toEqual([expect.objectContaining({ record: 'area 8', message: 'area 8 of plan.json has no measures' })]);
  });

  it('names the row and column of a bad classification or public figure', async () => {
    const oked = await brokenCopy('okedGroups', (text) => text.replace('\n28.3,28,Manufacture of agricultural and forestry machinery,core,', '\n28.3,28,Manufacture of agricultural and forestry machinery,main,'));
    expect((await problems(oked)).issues).toEqual([
      expect.objectContaining({ file: `${path.basename(oked)}/classifications/oked-groups.csv`, record: 'row 26', field: 'scope' }),
    ]);
    const figures = await brokenCopy('publicFigures', (text) => text.replace(',https://en.trend.az/business/economy/3647663.html,', ',,'));
    expect((await problems(figures)).issues).toEqual([
      expect.objectContaining({ file: `${path.basename(figures)}/public-figures.csv`, record: 'row 3', field: 'source_url' }),
    ]);
  });

  it('reports a missing file and invalid JSON', async () => {
    const copy = await brokenCopy('indicators', () => '[{"code": "GVA",');
    await rm(datasetFilePaths(copy).regions);
    const issues = (await problems(copy)).issues;
    expect(issues.map((i) => [i.file.replace(/^[^/]+\//, ''), i.message.replace(/:.*/, '')])).toEqual([
      [`plans/${DEFAULT_PLAN_FOLDER}/indicators.json`, 'the file is not valid JSON'],
      ['classifications/regions.csv', 'the file is missing'],
    ]);
  });
});

describe('parseFigureValue', () => {
  it('reads published values with their qualifiers', () => {
    expect(parseFigureValue('2.3')).toEqual({ value: 2.3, qualifier: 'exact' });
    expect(parseFigureValue('>3000')).toEqual({ value: 3000, qualifier: 'more_than' });
    expect(parseFigureValue('~115000')).toEqual({ value: 115000, qualifier: 'about' });
    expect(parseFigureValue('8-10')).toEqual({ value: null, qualifier: 'range' });
    expect(parseFigureValue('12000 / 17460')).toEqual({ value: null, qualifier: null });
  });
});
