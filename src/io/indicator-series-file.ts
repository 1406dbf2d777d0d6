// Reads data/plans/<plan>/indicator-series.json. The file is optional: a plan folder without it
// has no indicator linked to statistics, and its indicators show "no data".
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { indicatorSeriesFileSchema, type IndicatorSeriesFile } from '../contracts/indicator-series-file';

export const INDICATOR_SERIES_FILE = 'indicator-series.json';

export async function readIndicatorSeriesFile(planDir: string): Promise<IndicatorSeriesFile | null> {
  const file = path.join(planDir, INDICATOR_SERIES_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = indicatorSeriesFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file} does not match its format:\n  - ${problems.join('\n  - ')}`);
  }
  return parsed.data;
}
