// The aligned input of chain-linking: monthly levels and annual weights of every component
// (a branch, a region, any key), laid out in typed arrays by position so that the chain is a few
// passes over memory instead of repeated searches.
import { type MonthIndex, formatMonthIndex, monthIndex } from './period';

export interface ComponentPanel {
  keys: readonly string[];
  /** levels[k][0] is January of firstYear. */
  firstYear: number;
  yearCount: number;
  /** Per component, yearCount * 12 monthly levels; NaN = missing. */
  levels: readonly Float64Array[];
  /** Per component, yearCount annual weights (GVA of that year at current prices); NaN = missing. */
  weights: readonly Float64Array[];
  /** The last month for which any component has a level. */
  lastMonth: MonthIndex;
}

export interface ComponentLevel { key: string; month: MonthIndex; level: number }
export interface ComponentWeight { key: string; year: number; weight: number }

/** Builds a panel; keys keep the order in which they first appear (levels first, then weights). */
export function buildComponentPanel(levels: readonly ComponentLevel[], weights: readonly ComponentWeight[]): ComponentPanel {
  const position = new Map<string, number>();
  const keys: string[] = [];
  const keyIndex = (key: string): number => {
    let k = position.get(key);
    if (k === undefined) {
      k = keys.length;
      position.set(key, k);
      keys.push(key);
    }
    return k;
  };
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  let lastMonth = Number.NEGATIVE_INFINITY;
  for (const point of levels) {
    keyIndex(point.key);
    const year = Math.floor(point.month / 12);
    if (year < firstYear) firstYear = year;
    if (year > lastYear) lastYear = year;
    if (point.month > lastMonth) lastMonth = point.month;
  }
  for (const point of weights) {
    keyIndex(point.key);
    if (point.year < firstYear) firstYear = point.year;
    if (point.year > lastYear) lastYear = point.year;
  }
  if (keys.length === 0) return { keys, firstYear: 0, yearCount: 0, levels: [], weights: [], lastMonth: -1 };
  const yearCount = lastYear - firstYear + 1;
  const levelArrays = keys.map(() => new Float64Array(yearCount * 12).fill(Number.NaN));
  const weightArrays = keys.map(() => new Float64Array(yearCount).fill(Number.NaN));
  const firstMonth = firstYear * 12;
  for (const point of levels) levelArrays[position.get(point.key)!]![point.month - firstMonth] = point.level;
  for (const point of weights) weightArrays[position.get(point.key)!]![point.year - firstYear] = point.weight;
  return {
    keys,
    firstYear,
    yearCount,
    levels: levelArrays,
    weights: weightArrays,
    lastMonth: Number.isFinite(lastMonth) ? lastMonth : -1,
  };
}

export type PanelGap =
  | { key: string; kind: 'level'; month: MonthIndex }
  | { key: string; kind: 'weight'; year: number };

/**
 * What a chain starting in `fromYear` lacks: a level of every component for every month from
 * January of fromYear to the panel's last month, and a weight for every year from fromYear to the
 * year before the last month's year (year y is linked with the weights of y - 1).
 */
export function findPanelGaps(panel: ComponentPanel, fromYear: number, limit = 20): PanelGap[] {
  const gaps: PanelGap[] = [];
  const lastYear = Math.floor(panel.lastMonth / 12);
  const weightYearsTo = Math.max(fromYear, lastYear - 1);
  for (let k = 0; k < panel.keys.length && gaps.length < limit; k++) {
    const key = panel.keys[k]!;
    for (let month = monthIndex(fromYear, 1); month <= panel.lastMonth && gaps.length < limit; month++) {
      const value = panel.levels[k]![month - panel.firstYear * 12];
      if (value === undefined || !Number.isFinite(value)) gaps.push({ key, kind: 'level', month });
    }
    for (let year = fromYear; year <= weightYearsTo && gaps.length < limit; year++) {
      const value = panel.weights[k]![year - panel.firstYear];
      if (value === undefined || !Number.isFinite(value)) gaps.push({ key, kind: 'weight', year });
    }
  }
  return gaps;
}

/** What keeps `year` from being a chain base: its 12 levels and its weight for every component. */
export function findYearGaps(panel: ComponentPanel, year: number, limit = 20): PanelGap[] {
  const gaps: PanelGap[] = [];
  const y = year - panel.firstYear;
  for (let k = 0; k < panel.keys.length && gaps.length < limit; k++) {
    const key = panel.keys[k]!;
    for (let m = 0; m < 12 && gaps.length < limit; m++) {
      const value = panel.levels[k]![y * 12 + m];
      if (value === undefined || !Number.isFinite(value)) gaps.push({ key, kind: 'level', month: year * 12 + m });
    }
    const weight = panel.weights[k]![y];
    if (gaps.length < limit && (weight === undefined || !Number.isFinite(weight))) gaps.push({ key, kind: 'weight', year });
  }
  return gaps;
}

/** "branch "28.1" has no level for 2022-05"; `noun` names what the components are. */
export function describePanelGap(gap: PanelGap, noun = 'component'): string {
  return gap.kind === 'level'
    ? `${noun} "${gap.key}" has no level for ${formatMonthIndex(gap.month)}`
    : `${noun} "${gap.key}" has no weight for ${gap.year}`;
}
