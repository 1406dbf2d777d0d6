// Annual observations of an indicator as known on a date: the latest vintage released by then of
// each year, turned into a contiguous run of levels ending at the latest year.
import { StatsInputError } from './errors';

export interface AnnualLevelObservation {
  year: number;
  value: number;
  /** ISO date of publication; without it a year's figure counts as known from 1 January of the next year. */
  releasedOn?: string;
}

export interface AnnualIndexObservation {
  year: number;
  /** Volume index, previous year = 100. */
  index: number;
  releasedOn?: string;
}

export type AnnualObservations =
  | { kind: 'levels'; points: readonly AnnualLevelObservation[] }
  | { kind: 'annual_indices'; points: readonly AnnualIndexObservation[] };

export interface AnnualLevels {
  /** Year of values[0]; the run is contiguous. */
  firstYear: number;
  values: number[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The figure of each year in force on `asOf`: the latest release on or before it (later rows win ties). */
export function figuresKnownOn<T extends { year: number; releasedOn?: string }>(points: readonly T[], asOf: string): Map<number, T> {
  if (!ISO_DATE.test(asOf)) throw new StatsInputError(`asOf must be a date written YYYY-MM-DD, got "${asOf}"`);
  const chosen = new Map<number, { point: T; released: string }>();
  for (const point of points) {
    const released = point.releasedOn ?? `${point.year + 1}-01-01`;
    if (released > asOf) continue;
    const current = chosen.get(point.year);
    if (!current || released >= current.released) chosen.set(point.year, { point, released });
  }
  return new Map([...chosen].map(([year, { point }]) => [year, point]));
}

/** The contiguous run of years ending at the latest year present. */
function runEndingAtLatest(years: Iterable<number>): { first: number; last: number } | null {
  const present = new Set(years);
  if (present.size === 0) return null;
  const last = Math.max(...present);
  let first = last;
  while (present.has(first - 1)) first--;
  return { first, last };
}

/**
 * Levels known on `asOf`. Annual indices are compounded from 1 in the year before the run's first
 * index; such levels are relative, and the caller scales them to its base.
 */
export function annualLevelsKnownOn(observations: AnnualObservations, asOf: string): AnnualLevels | null {
  if (observations.kind === 'levels') {
    const known = figuresKnownOn(observations.points, asOf);
    const run = runEndingAtLatest(known.keys());
    if (!run) return null;
    const values: number[] = [];
    for (let year = run.first; year <= run.last; year++) values.push(known.get(year)!.value);
    return { firstYear: run.first, values };
  }
  const known = figuresKnownOn(observations.points, asOf);
  const run = runEndingAtLatest(known.keys());
  if (!run) return null;
  const values = [1];
  for (let year = run.first; year <= run.last; year++) values.push(values[values.length - 1]! * (known.get(year)!.index / 100));
  return { firstYear: run.first - 1, values };
}
