// Writes a plan dataset into the register. Records are only ever inserted when missing (matched by
// their natural keys), so seeding twice changes nothing and never overwrites what people have
// since edited in Zhospar.
import type { DatasetIndicator, DatasetMeasure, DatasetOrganization, DatasetPlan } from '../../contracts/dataset';
import type { LocalizedText } from '../../contracts/localized';
import type { Queryable } from './queryable';

export interface PlanDatasetRecords {
  organizations: DatasetOrganization[];
  plan: DatasetPlan;
  measures: Array<DatasetMeasure & { searchText: string }>;
  indicators: DatasetIndicator[];
}

export interface ReferenceRecords {
  branchGroups: Array<{ code: string; division: string; names: LocalizedText; scope: 'core' | 'extended'; scopeNote: string | null }>;
  regions: Array<{ code: string; kind: 'region' | 'city'; names: LocalizedText; adminCentre: string | null }>;
  publishedFigures: Array<{
    position: number;
    label: string;
    unit: string;
    period: string;
    valueText: string;
    value: number | null;
    qualifier: 'exact' | 'more_than' | 'about' | 'range' | null;
    sourceUrl: string;
    note: string | null;
  }>;
}

export interface WriteCounts {
  [table: string]: number;
}

async function insertOrganizations(db: Queryable, organizations: DatasetOrganization[]): Promise<number> {
  const result = await db.query(
    `insert into organizations (code, kind, names, short_names, note)
     select * from jsonb_to_recordset($1::jsonb) as t(code text, kind text, names jsonb, "shortNames" jsonb, note text)
     on conflict (code) do nothing`,
    [JSON.stringify(organizations)],
  );
  return result.rowCount ?? 0;
}

async function insertPlan(db: Queryable, plan: DatasetPlan): Promise<{ planId: number; inserted: number }> {
  const inserted = await db.query(
    `insert into plans (code, names, period_start, period_end, base_year, status, legal_basis, owner_organization_id, sources)
     values ($1, $2, $3, $4, $5, $6, $7, (select id from organizations where code = $8), $9)
     on conflict (code) do nothing`,
    [plan.code, plan.names, plan.periodStart, plan.periodEnd, plan.baseYear, plan.status, plan.legalBasis, plan.owner, JSON.stringify(plan.sources)],
  );
  const { rows } = await db.query<{ id: number }>('select id from plans where code = $1', [plan.code]);
  return { planId: rows[0]!.id, inserted: inserted.rowCount ?? 0 };
}

export async function writePlanDataset(db: Queryable, data: PlanDatasetRecords): Promise<WriteCounts> {
  const counts: WriteCounts = { organizations: await insertOrganizations(db, data.organizations) };
  const { planId, inserted } = await insertPlan(db, data.plan);
  counts.plans = inserted;
  counts.areas =
    (
      await db.query(
        `insert into plan_areas (plan_id, number, names, is_illustrative)
         select $1, t.number, t.names, t."isIllustrative" from jsonb_to_recordset($2::jsonb) as t(number int, names jsonb, "isIllustrative" boolean)
         on conflict (plan_id, number) do nothing`,
        [planId, JSON.stringify(data.plan.areas)],
      )
    ).rowCount ?? 0;
  counts.indicators =
    (
      await db.query(
        `insert into indicators (plan_id, code, position, names, unit, price_basis, price_base_year, currency, frequency, direction,
                                 base_year, base_value, target_multiple, target_year, sources, illustrative_fields, note)
         select $1, t.code, t.ord, t.names, t.unit, t."priceBasis", t."priceBaseYear", t.currency, t.frequency, t.direction,
                t."baseYear", t."baseValue", t."targetMultiple", t."targetYear", t.sources,
                array(select jsonb_array_elements_text(t."illustrativeFields")), t.note
           from jsonb_to_recordset($2::jsonb) as t(code text, ord int, names jsonb, unit jsonb, "priceBasis" text, "priceBaseYear" int,
                currency text, frequency text, direction text, "baseYear" int, "baseValue" numeric, "targetMultiple" numeric,
                "targetYear" int, sources jsonb, "illustrativeFields" jsonb, note jsonb)
         on conflict (plan_id, code) do nothing`,
        [planId, JSON.stringify(data.indicators.map((indicator, i) => ({ ...indicator, ord: i + 1 })))],
      )
    ).rowCount ?? 0;
  await db.query(
    `insert into indicator_intermediate_targets (indicator_id, year, multiple)
     select i.id, (t->>'year')::int, (t->>'multiple')::numeric
       from jsonb_to_recordset($2::jsonb) as d(code text, "intermediateTargets" jsonb)
       join indicators i on i.plan_id = $1 and i.code = d.code
       cross join jsonb_array_elements(d."intermediateTargets") as t
     on conflict do nothing`,
    [planId, JSON.stringify(data.indicators)],
  );
  counts.measures =
    (
      await db.query(
        `insert into measures (plan_id, area_id, number, names, completion_form, deadline_text, deadline_language, expected_result, is_illustrative, search_text)
         select $1, a.id, t.number, t.names, t."completionForm", t."deadlineText", t."deadlineLanguage", t."expectedResult", t."isIllustrative", t."searchText"
           from jsonb_to_recordset($2::jsonb) as t(number int, area int, names jsonb, "completionForm" jsonb, "deadlineText" text,
                "deadlineLanguage" text, "expectedResult" jsonb, "isIllustrative" boolean, "searchText" text)
           join plan_areas a on a.plan_id = $1 and a.number = t.area
         on conflict (plan_id, number) do nothing`,
        [planId, JSON.stringify(data.measures)],
      )
    ).rowCount ?? 0;
  // Executors, costs and indicator links belong to their measure: written only for new measures,
  // which are exactly those without any executor yet.
  const links = data.measures.map((m) => ({
    number: m.number,
    executors: [{ code: m.leadExecutor, role: 'lead' }, ...m.coExecutors.map((code) => ({ code, role: 'co' }))],
    costs: m.costs,
    indicators: m.indicators,
  }));
  await db.query(
    `with fresh as (
       select m.id, l.executors, l.costs, l.indicators
         from jsonb_to_recordset($2::jsonb) as l(number int, executors jsonb, costs jsonb, indicators jsonb)
         join measures m on m.plan_id = $1 and m.number = l.number
        where not exists (select 1 from measure_executors e where e.measure_id = m.id)
     ), executors as (
       insert into measure_executors (measure_id, organization_id, role, position)
       select f.id, o.id, e.value->>'role', e.ordinality
         from fresh f cross join jsonb_array_elements(f.executors) with ordinality as e
         join organizations o on o.code = e.value->>'code'
     ), costs as (
       insert into measure_costs (measure_id, year, source, amount_million_kzt)
       select f.id, (c->>'year')::int, c->>'source', (c->>'amountMillionKzt')::numeric
         from fresh f cross join jsonb_array_elements(f.costs) as c
     )
     insert into measure_indicators (measure_id, indicator_id)
     select distinct f.id, i.id from fresh f cross join jsonb_array_elements_text(f.indicators) as wanted(code)
       join indicators i on i.plan_id = $1 and i.code = wanted.code`,
    [planId, JSON.stringify(links)],
  );
  return counts;
}

export async function writeReferenceData(db: Queryable, data: ReferenceRecords): Promise<WriteCounts> {
  const branchGroups = await db.query(
    `insert into branch_groups (code, division, names, scope, scope_note)
     select * from jsonb_to_recordset($1::jsonb) as t(code text, division text, names jsonb, scope text, "scopeNote" text)
     on conflict (code) do nothing`,
    [JSON.stringify(data.branchGroups)],
  );
  const regions = await db.query(
    `insert into regions (code, kind, names, admin_centre, valid_from)
     select t.code, t.kind, t.names, t."adminCentre", 2022 from jsonb_to_recordset($1::jsonb) as t(code text, kind text, names jsonb, "adminCentre" text)
     on conflict (code) do nothing`,
    [JSON.stringify(data.regions)],
  );
  const figures = await db.query(
    `insert into published_figures (position, label, unit, period_text, value_text, value, qualifier, source_url, note)
     select * from jsonb_to_recordset($1::jsonb) as t(position int, label text, unit text, period text, "valueText" text,
            value numeric, qualifier text, "sourceUrl" text, note text)
     on conflict (position) do nothing`,
    [JSON.stringify(data.publishedFigures)],
  );
  return { branchGroups: branchGroups.rowCount ?? 0, regions: regions.rowCount ?? 0, publishedFigures: figures.rowCount ?? 0 };
}
