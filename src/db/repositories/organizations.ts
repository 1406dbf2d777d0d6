import type { Organization } from '../../contracts/api/organizations';
import type { Queryable } from './queryable';

interface OrganizationRow {
  id: number;
  code: string;
  kind: Organization['kind'];
  names: Organization['names'];
  short_names: Organization['shortNames'];
}

function toOrganization(row: OrganizationRow): Organization {
  return { code: row.code, kind: row.kind, names: row.names, shortNames: row.short_names };
}

export async function listOrganizations(db: Queryable, paging: { limit: number; offset: number }) {
  const { rows } = await db.query<OrganizationRow & { total: number }>(
    `select id, code, kind, names, short_names, count(*) over () as total
       from organizations order by code limit $1 offset $2`,
    [paging.limit, paging.offset],
  );
  const total = rows[0]?.total ?? (await db.query<{ n: number }>('select count(*) as n from organizations')).rows[0]!.n;
  return { items: rows.map(toOrganization), total };
}

export async function findOrganizationId(db: Queryable, code: string): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>('select id from organizations where code = $1', [code]);
  return rows[0]?.id ?? null;
}
