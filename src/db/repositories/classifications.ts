import type { BranchGroup, PublishedFigure, Region } from '../../contracts/api/classifications';
import type { Queryable } from './queryable';

export async function machineBuildingScopes(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ value: string[] }>("select value from settings where key = 'machine_building_scopes'");
  return rows[0]?.value ?? ['core', 'extended'];
}

export async function listBranchGroups(db: Queryable, scope?: BranchGroup['scope']): Promise<BranchGroup[]> {
  const scopes = await machineBuildingScopes(db);
  const { rows } = await db.query(
    `select code, division, names, scope, scope_note from branch_groups
      where $1::text is null or scope = $1 order by code`,
    [scope ?? null],
  );
  return rows.map((r) => ({
    code: r.code,
    division: r.division,
    names: r.names,
    scope: r.scope,
    scopeNote: r.scope_note,
    isInMachineBuilding: scopes.includes(r.scope),
  }));
}

export async function listRegions(db: Queryable): Promise<Region[]> {
  const { rows } = await db.query('select code, kind, names, admin_centre from regions order by code');
  return rows.map((r) => ({ code: r.code, kind: r.kind, names: r.names, adminCentre: r.admin_centre }));
}

export async function listPublishedFigures(db: Queryable, paging: { limit: number; offset: number }) {
  const { rows } = await db.query(
    `select label, unit, period_text, value_text, value, qualifier, source_url, note, count(*) over () as total
       from published_figures order by position limit $1 offset $2`,
    [paging.limit, paging.offset],
  );
  const items: PublishedFigure[] = rows.map((r) => ({
    label: r.label,
    unit: r.unit,
    period: r.period_text,
    valueText: r.value_text,
    value: r.value,
    qualifier: r.qualifier,
    sourceUrl: r.source_url,
    note: r.note,
  }));
  const total = rows[0]?.total ?? (await db.query<{ n: number }>('select count(*) as n from published_figures')).rows[0]!.n;
  return { items, total };
}
