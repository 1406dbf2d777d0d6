// Series of official statistics: free codes (PVI, GVA, OUTPUT, ...) with their unit and currency.
import '../pg-types';
import type { Queryable } from './queryable';
import type { Series } from '../../contracts/api/observations';

export interface StoredSeries {
  id: number;
  code: string;
  unit: string;
  currency: string | null;
  /** Whether any observation of the series is stored (if not, an import need not look for clashes). */
  hasObservations: boolean;
}

export interface NewSeries {
  code: string;
  unit: string;
  currency: string | null;
}

export async function loadSeriesByCode(db: Queryable): Promise<Map<string, StoredSeries>> {
  const { rows } = await db.query<StoredSeries>(
    `select s.id, s.code, s.unit, s.currency,
            exists (select 1 from observations o where o.series_id = s.id) as "hasObservations"
       from series s`,
  );
  return new Map(rows.map((row) => [row.code, row]));
}

/** Creates the series that do not exist yet; returns the id of every series asked for, by code. */
export async function ensureSeries(db: Queryable, series: readonly NewSeries[]): Promise<Map<string, number>> {
  if (series.length === 0) return new Map();
  await db.query(
    `insert into series (code, unit, currency)
     select * from unnest($1::text[], $2::text[], $3::text[])
     on conflict (code) do nothing`,
    [series.map((s) => s.code), series.map((s) => s.unit), series.map((s) => s.currency)],
  );
  const { rows } = await db.query<{ id: number; code: string }>('select id, code from series where code = any($1::text[])', [series.map((s) => s.code)]);
  return new Map(rows.map((row) => [row.code, row.id]));
}

export async function listSeries(db: Queryable): Promise<Series[]> {
  const { rows } = await db.query(`select code, unit, currency, names, created_at from series order by code`);
  return rows.map((r) => ({ code: r.code, unit: r.unit, currency: r.currency, names: r.names, createdAt: r.created_at.toISOString() }));
}
