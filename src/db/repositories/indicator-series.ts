// Reads of official statistics that the indicator engine needs beyond the observations list: every
// vintage of one linked series, the monthly levels and annual weights of an aggregate's components
// (for contributions), and the version of the data that cached read models are keyed by.
import type { Queryable } from './queryable';

export interface SeriesKey {
  series: string;
  branch: string;
  region: string;
}

/** One stored figure: a (period, price basis) as published on a release date. */
export interface VintageRow {
  period: string;
  firstMonth: number;
  lastMonth: number;
  priceBasis: string;
  releaseDate: string;
  value: number;
  status: 'preliminary' | 'final';
  source: string;
}

export interface SeriesVintages {
  unit: string;
  currency: string | null;
  rows: VintageRow[];
}

/** Every vintage of a series for one branch and region, in period order; null when the series does not exist. */
export async function loadSeriesVintages(db: Queryable, key: SeriesKey): Promise<SeriesVintages | null> {
  const { rows: series } = await db.query<{ id: number; unit: string; currency: string | null }>('select id, unit, currency from series where code = $1', [key.series]);
  const found = series[0];
  if (!found) return null;
  const { rows } = await db.query<VintageRow>(
    `select period, first_month as "firstMonth", last_month as "lastMonth", price_basis as "priceBasis",
            release_date as "releaseDate", value, status, source
       from observations
      where series_id = $1 and branch_code = $2 and region_code = $3
      order by last_month, first_month desc, price_basis, release_date`,
    [found.id, key.branch, key.region],
  );
  return { unit: found.unit, currency: found.currency, rows };
}

export interface ComponentQuery {
  series: string;
  /** Components vary along one dimension; the other is fixed. */
  dimension: 'branch' | 'region';
  keys: readonly string[];
  /** The fixed branch (dimension region) or region (dimension branch). */
  fixed: string;
  asOf: string;
}

export interface ComponentValue {
  key: string;
  /** Month index (year * 12 + month - 1) of a monthly level, or January of a weight's year. */
  month: number;
  value: number;
}

const dimensionFilter = (dimension: 'branch' | 'region') =>
  dimension === 'branch' ? 'o.branch_code = any($2::text[]) and o.region_code = $3' : 'o.region_code = any($2::text[]) and o.branch_code = $3';

/** Monthly volume-index levels of each component as known on asOf (latest release per month). */
export async function loadComponentLevels(db: Queryable, query: ComponentQuery): Promise<ComponentValue[]> {
  const key = query.dimension === 'branch' ? 'o.branch_code' : 'o.region_code';
  const { rows } = await db.query<ComponentValue>(
    `select distinct on (${key}, o.first_month) ${key} as key, o.first_month as month, o.value
       from observations o
      where o.series_id = (select id from series where code = $1) and ${dimensionFilter(query.dimension)}
        and o.first_month = o.last_month and o.price_basis like 'volume\\_index:%' and o.release_date <= $4
      order by ${key}, o.first_month, o.release_date desc`,
    [query.series, query.keys, query.fixed, query.asOf],
  );
  return rows;
}

/** Annual values at current prices of each component (the chain-linking weights) as known on asOf. */
export async function loadComponentWeights(db: Queryable, query: ComponentQuery): Promise<ComponentValue[]> {
  const key = query.dimension === 'branch' ? 'o.branch_code' : 'o.region_code';
  const { rows } = await db.query<ComponentValue>(
    `select distinct on (${key}, o.first_month) ${key} as key, o.first_month as month, o.value
       from observations o
      where o.series_id = (select id from series where code = $1) and ${dimensionFilter(query.dimension)}
        and o.last_month = o.first_month + 11 and o.first_month % 12 = 0 and o.price_basis = 'current_prices'
        and o.release_date <= $4
      order by ${key}, o.first_month, o.release_date desc`,
    [query.series, query.keys, query.fixed, query.asOf],
  );
  return rows;
}

export interface BranchClassification {
  /** OKED groups (28.1) in the machine-building scopes, with their division. */
  groups: { code: string; division: string }[];
  /** Finer OKED classes known to statistical_branches (28.11). */
  classes: string[];
  regions: { code: string; names: Record<string, string> }[];
  branchNames: Map<string, Record<string, string>>;
}

/** The codes contributions can be broken down by, with their names. */
export async function loadBranchClassification(db: Queryable): Promise<BranchClassification> {
  const { rows: groups } = await db.query<{ code: string; division: string; names: Record<string, string> }>(
    `select g.code, g.division, g.names from branch_groups g
      where g.scope in (select jsonb_array_elements_text(value) from settings where key = 'machine_building_scopes')
      order by g.code`,
  );
  const { rows: classes } = await db.query<{ code: string; names: Record<string, string> }>(
    `select code, names from statistical_branches where kind = 'class' order by code`,
  );
  const { rows: regions } = await db.query<{ code: string; names: Record<string, string> }>('select code, names from regions order by code');
  const branchNames = new Map<string, Record<string, string>>();
  for (const row of [...groups, ...classes]) branchNames.set(row.code, row.names);
  return { groups: groups.map(({ code, division }) => ({ code, division })), classes: classes.map((c) => c.code), regions, branchNames };
}
