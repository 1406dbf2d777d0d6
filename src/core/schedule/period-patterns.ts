// Patterns for dated periods and spans: full dates, ranges of years, months, quarters, half-years
// and single years, in the orders Russian, Kazakh and English write them.
import { isValidCivilDate, toIsoDate } from './civil-date';
import { partRule, type DeadlinePart, type Groups, type PartRule } from './deadline-part';
import {
  isAmbiguousPreposition,
  KK_TAIL,
  MONTH_ANY,
  MONTH_EN,
  MONTH_KK,
  ORDINAL_ENDING,
  PART_NUMBER,
  PERIOD_PREPOSITION,
  readMonth,
  readPartNumber,
  YEAR,
  YEAR_WORD,
} from './deadline-vocabulary';
import type { Period } from './period';

const PREP = PERIOD_PREPOSITION;
/** A year that does not open a range («2024-2028»): ranges are read by their own rules. */
const SOLO_YEAR = String.raw`(?<year>${YEAR})(?!\s*-\s*\d)`;
/** A year word after the number, kept inside the match so that a Kazakh tail can follow it. */
const YEAR_AFTER = String.raw`(?:\s*${YEAR_WORD})?${KK_TAIL}`;
const KK_YEAR = String.raw`(?<year>${YEAR})\s*(?:жылғы|жылдың|жыл|ж\.?)?\s*`;

function yearOf(g: Groups): number {
  return Number(g.year);
}

/** «до»/«by» before a period, or Kazakh «...ға дейін» after it, leaves its end open to two readings. */
function isAmbiguous(g: Groups): boolean {
  return isAmbiguousPreposition(g.prep) || g.tail === 'дейін';
}

function periodPart(period: Period, g: Groups, words: string): DeadlinePart {
  return { kind: 'period', period, ambiguous: isAmbiguous(g), words };
}

function datePart(year: number, month: number | null, day: number, words: string): DeadlinePart | null {
  if (month === null) return null;
  if (!isValidCivilDate(year, month, day)) return { kind: 'invalid', message: `"${words}" is not a calendar date` };
  return { kind: 'period', period: { kind: 'day', date: toIsoDate(year, month, day) }, ambiguous: false, words };
}

function quarterPart(g: Groups, words: string): DeadlinePart | null {
  const quarter = readPartNumber(g.part ?? '');
  if (quarter === null) return null;
  return periodPart({ kind: 'quarter', year: yearOf(g), quarter: quarter as 1 | 2 | 3 | 4 }, g, words);
}

function halfPart(g: Groups, words: string): DeadlinePart | null {
  const half = readPartNumber(g.part ?? '');
  if (half === null) return null;
  if (half > 2) return { kind: 'invalid', message: `"${words}": a year has two halves` };
  return periodPart({ kind: 'half', year: yearOf(g), half: half as 1 | 2 }, g, words);
}

function monthPart(g: Groups, words: string): DeadlinePart | null {
  const month = readMonth(g.month ?? '');
  if (month === null) return null;
  return periodPart({ kind: 'month', year: yearOf(g), month }, g, words);
}

function rangePart(g: Groups, words: string): DeadlinePart {
  const from = Number(g.from);
  const to = Number(g.to);
  if (from > to) return { kind: 'invalid', message: `"${words}": the range of years runs backwards` };
  return { kind: 'years', from, to };
}

const QUARTER_RU = String.raw`(?:квартал\p{L}*|кв\.?)`;
const HALF_RU = String.raw`(?:полугоди\p{L}*|полугод\.?)`;
const HALF_KK = String.raw`(?:жарты\s*жылдық)`;

/** Full dates first: their day and month must not be read as a yearly «25 января». */
export const DATE_RULES: PartRule[] = [
  partRule('iso-date', String.raw`${PREP}(?<year>${YEAR})-(?<month>\d{2})-(?<day>\d{2})`, (g, w) =>
    datePart(yearOf(g), Number(g.month), Number(g.day), w),
  ),
  partRule(
    'numeric-date',
    String.raw`${PREP}(?<day>\d{1,2})[./](?<month>\d{1,2})[./](?<year>${YEAR})(?:\s*${YEAR_WORD})?(?:\s+дейін)?`,
    (g, w) => datePart(yearOf(g), Number(g.month), Number(g.day), w),
  ),
];

/** Ranges of years, after full dates (2025-12-01) and before single years. */
export const RANGE_RULES: PartRule[] = [
  partRule(
    'year-range',
    String.raw`(?:(?:в\s+течение|в\s+период|в|на|during|in|over)\s+)?(?<from>${YEAR})\s*(?:г\.|гг\.|жж\.|ж\.)?\s*-\s*(?<to>${YEAR})(?:\s*${YEAR_WORD})?(?:\s+(?:аралығында|ішінде|бойы))?`,
    rangePart,
  ),
  partRule(
    'year-range-words',
    String.raw`(?:с|from|between)\s+(?<from>${YEAR})\s*(?:${YEAR_WORD})?\s+(?:по|to|through|until|till|and)\s+(?<to>${YEAR})(?:\s*${YEAR_WORD})?(?:\s+включительно|\s+inclusive)?`,
    rangePart,
  ),
  partRule('year-range-to', String.raw`(?<from>${YEAR})\s+(?:to|through)\s+(?<to>${YEAR})`, rangePart),
  partRule(
    'year-range-kk',
    String.raw`(?<from>${YEAR})\s*(?:жылдан|ж\.)\s+(?<to>${YEAR})\s*(?:жылға|жылдар\p{L}*|ж\.)?\s*(?:дейін|аралығында)?`,
    rangePart,
  ),
  partRule(
    'from-year',
    String.raw`(?:начиная\s+с|с|from|starting\s+(?:in|from))\s+(?<year>${YEAR})(?!\s*-\s*\d)(?:\s*${YEAR_WORD})?`,
    (g) => ({ kind: 'years', from: yearOf(g), to: null }),
  ),
  partRule('from-year-kk', String.raw`(?<year>${YEAR})\s*(?:жылдан|ж\.)\s+бастап`, (g) => ({
    kind: 'years',
    from: yearOf(g),
    to: null,
  })),
];

export const PERIOD_RULES: PartRule[] = [
  // «1 декабря 2025 года», «by 1 December 2025», «1-го декабря 2025 г.»
  partRule(
    'word-date',
    String.raw`${PREP}(?:the\s+)?(?<day>\d{1,2})${ORDINAL_ENDING}\s+(?:of\s+)?(?<month>${MONTH_ANY})\s*,?\s*${SOLO_YEAR}(?:\s*${YEAR_WORD})?(?:\s+дейін)?`,
    (g, w) => datePart(yearOf(g), readMonth(g.month ?? ''), Number(g.day), w),
  ),
  // «December 1, 2025»
  partRule(
    'word-date-en',
    String.raw`${PREP}(?<month>${MONTH_EN})\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*${SOLO_YEAR}`,
    (g, w) => datePart(yearOf(g), readMonth(g.month ?? ''), Number(g.day), w),
  ),
  // «2025 жылғы 1 желтоқсанға дейін», «2025 жылдың 1 желтоқсанына дейін»
  partRule(
    'word-date-kk',
    String.raw`${KK_YEAR}(?<day>\d{1,2})\s*(?:-?\s*(?:і|ы|сі|сы|ші|шы|нші|ыншы|інші))?\s+(?<month>${MONTH_KK}\p{L}*)(?:\s+дейін)?`,
    (g, w) => datePart(yearOf(g), readMonth(g.month ?? ''), Number(g.day), w),
  ),
  // «2025 жылғы IV тоқсан», «2025 жылғы 4-тоқсанның соңына дейін»
  partRule(
    'quarter-kk',
    String.raw`${KK_YEAR}(?<part>${PART_NUMBER})${ORDINAL_ENDING}\s*-?\s*тоқсан\p{L}*${KK_TAIL}`,
    quarterPart,
  ),
  partRule(
    'half-kk',
    String.raw`${KK_YEAR}(?<part>${PART_NUMBER})${ORDINAL_ENDING}\s*-?\s*${HALF_KK}\p{L}*${KK_TAIL}`,
    halfPart,
  ),
  // «2024 жылғы желтоқсан», «2024 жылғы желтоқсанның соңына дейін»
  partRule('month-kk', String.raw`${KK_YEAR}(?<month>${MONTH_KK})\p{L}*${KK_TAIL}`, monthPart),
  // «IV квартал 2025 года», «4 кв. 2025 г.», «IV тоқсан 2025 ж.», «fourth quarter of 2025»
  partRule(
    'quarter',
    String.raw`${PREP}(?<part>${PART_NUMBER})${ORDINAL_ENDING}\s*-?\s*(?:${QUARTER_RU}|тоқсан\p{L}*|quarter)\s*,?\s*(?:of\s+)?${SOLO_YEAR}${YEAR_AFTER}`,
    quarterPart,
  ),
  partRule(
    'quarter-q',
    String.raw`${PREP}(?:q(?<part>[1-4])|(?<part2>[1-4])\s*q)\s*(?:of\s+)?,?\s*${SOLO_YEAR}`,
    (g, w) => quarterPart({ ...g, part: g.part ?? g.part2 }, w),
  ),
  partRule('quarter-year-q', String.raw`${PREP}(?<year>${YEAR})\s*-?\s*q(?<part>[1-4])`, quarterPart),
  // «I полугодие 2026 года», «first half of 2026», «H1 2026»
  partRule(
    'half',
    String.raw`${PREP}(?<part>${PART_NUMBER})${ORDINAL_ENDING}\s*-?\s*(?:${HALF_RU}|${HALF_KK}\p{L}*|half(?:-?\s*year)?)\s*,?\s*(?:of\s+)?${SOLO_YEAR}${YEAR_AFTER}`,
    halfPart,
  ),
  partRule('half-h', String.raw`${PREP}h(?<part>[12])\s*,?\s*${SOLO_YEAR}`, halfPart),
  partRule('half-year-h', String.raw`${PREP}(?<year>${YEAR})\s*-?\s*h(?<part>[12])`, halfPart),
  // «декабрь 2024 года», «в декабре 2024 г.», «December 2024», «желтоқсан 2024 ж.»
  partRule(
    'month',
    String.raw`${PREP}(?<month>${MONTH_ANY})\s*,?\s*(?:of\s+)?${SOLO_YEAR}${YEAR_AFTER}`,
    monthPart,
  ),
];

/** Single years last, once every pattern that contains a year has had its turn. */
export const YEAR_RULES: PartRule[] = [
  partRule('year', String.raw`${PREP}(?:year\s+)?${SOLO_YEAR}${YEAR_AFTER}`, (g, w) =>
    periodPart({ kind: 'year', year: yearOf(g) }, g, w),
  ),
];
