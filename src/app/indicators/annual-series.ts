// Turns the stored vintages of a linked series into what the status engine takes: the annual
// figures (each with its release date, so that core can pick the vintage in force on asOf), the most
// recent sub-annual release, and the data table rows with the vintage in force marked.
import type { AnnualObservations } from '../../core/stats';
import type { SeriesKind } from '../../contracts/indicator-series-file';
import type { VintageRow } from '../../db/repositories/indicator-series';

/** Price bases of an index of change (previous period = 100); for a year both mean the previous year. */
const CHANGE_BASES = new Set(['previous_period=100', 'same_period_previous_year=100']);
const YEAR = /^\d{4}$/;

function isAnnual(row: VintageRow): boolean {
  return YEAR.test(row.period);
}

/** The price basis a levels series is read in: that of its latest annual release (one basis, no mixing). */
function levelsBasis(rows: readonly VintageRow[]): string | null {
  let chosen: VintageRow | null = null;
  for (const row of rows) {
    if (!isAnnual(row) || CHANGE_BASES.has(row.priceBasis)) continue;
    if (!chosen || row.releaseDate > chosen.releaseDate) chosen = row;
  }
  return chosen?.priceBasis ?? null;
}

/** Whether a row is one of the annual figures the computation uses. */
export function usedInAnnualSeries(kind: SeriesKind, rows: readonly VintageRow[]): (row: VintageRow) => boolean {
  if (kind === 'annual_indices') return (row) => isAnnual(row) && CHANGE_BASES.has(row.priceBasis);
  const basis = levelsBasis(rows);
  return (row) => isAnnual(row) && row.priceBasis === basis;
}

export function annualObservations(kind: SeriesKind, rows: readonly VintageRow[]): AnnualObservations {
  const isUsed = usedInAnnualSeries(kind, rows);
  const used = rows.filter(isUsed);
  if (kind === 'annual_indices') {
    return { kind, points: used.map((row) => ({ year: Number(row.period), index: row.value, releasedOn: row.releaseDate })) };
  }
  return { kind, points: used.map((row) => ({ year: Number(row.period), value: row.value, releasedOn: row.releaseDate })) };
}

/** Rows released by asOf, each marked when it is the vintage in force for its period and price basis. */
export function vintagesKnownOn(rows: readonly VintageRow[], asOf: string): (VintageRow & { isInForce: boolean })[] {
  const known = rows.filter((row) => row.releaseDate <= asOf);
  const latest = new Map<string, string>();
  for (const row of known) {
    const key = `${row.period}\u001f${row.priceBasis}`;
    const current = latest.get(key);
    if (current === undefined || row.releaseDate > current) latest.set(key, row.releaseDate);
  }
  return known.map((row) => ({ ...row, isInForce: latest.get(`${row.period}\u001f${row.priceBasis}`) === row.releaseDate }));
}

/**
 * The figure covering the latest months among those in force, when it reaches past the latest
 * annual figure (e.g. January-September 2024 after the annual 2023): shown, not computed with.
 */
export function latestSubAnnualRelease(inForce: readonly (VintageRow & { isInForce: boolean })[], latestYear: number | null): VintageRow | null {
  let chosen: VintageRow | null = null;
  for (const row of inForce) {
    if (!row.isInForce || isAnnual(row)) continue;
    if (latestYear !== null && row.lastMonth <= latestYear * 12 + 11) continue;
    if (!chosen || row.lastMonth > chosen.lastMonth || (row.lastMonth === chosen.lastMonth && row.releaseDate > chosen.releaseDate)) chosen = row;
  }
  return chosen;
}
