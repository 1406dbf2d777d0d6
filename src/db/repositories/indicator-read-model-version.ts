// One cheap query naming the version of everything a plan's indicator read model is computed from:
// the newest observation import, the plan's indicators, their links, intermediate targets and
// base-year assumption, and obligations where they are tracked. One round trip, because it runs on
// every page request.
import type { Queryable } from './queryable';

const PARTS = `
    (select coalesce(max(id), 0) from observation_imports),
    (select concat_ws('/', coalesce(sum(i.version), 0), count(i.id), max(i.updated_at)::text, max(s.updated_at)::text, count(s.indicator_id),
                      (select max(a.updated_at)::text from plan_base_year_assumptions a where a.plan_id = p.id),
                      (select count(*) || '/' || coalesce(sum(t.multiple), 0) from indicator_intermediate_targets t join indicators ti on ti.id = t.indicator_id where ti.plan_id = p.id))
       from plans p left join indicators i on i.plan_id = p.id left join indicator_series s on s.indicator_id = i.id
      where p.code = $1 group by p.id)`;

// A query may not name a table that does not exist, so there are two: one for databases known to
// track obligations, and one that asks whether they do.
const WITH_OBLIGATIONS = `select concat_ws('|', ${PARTS}, (select coalesce(max(updated_at)::text, '') || '/' || count(*) from obligations)) as version, true as tracked`;
const WITHOUT_OBLIGATIONS = `select concat_ws('|', ${PARTS}, 'untracked') as version, to_regclass('obligations') is not null as tracked`;

/**
 * The version string; `obligationsTracked` says whether the obligations table exists. Callers that
 * know it exists pass true (a table once created stays): one query. Otherwise, when the check finds
 * it, the version is read again with it.
 */
export async function indicatorReadModelVersion(db: Queryable, planCode: string, obligationsKnown: boolean): Promise<{ version: string; obligationsTracked: boolean }> {
  // Named, so that each connection plans it once: planning costs more than running it.
  const { rows } = await db.query<{ version: string; tracked: boolean }>({
    name: obligationsKnown ? 'indicator-read-model-version' : 'indicator-read-model-version-untracked',
    text: obligationsKnown ? WITH_OBLIGATIONS : WITHOUT_OBLIGATIONS,
    values: [planCode],
  });
  const row = rows[0];
  if (!obligationsKnown && row?.tracked) return indicatorReadModelVersion(db, planCode, true);
  return { version: row?.version ?? '', obligationsTracked: row?.tracked ?? false };
}
