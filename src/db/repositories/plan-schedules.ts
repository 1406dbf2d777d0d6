// A plan's measures with how their deadlines are scheduled, for the coordinator's work list: those
// waiting for a person first. Measures without a schedule row (obligations not generated yet) are
// not listed.
import type { Organization } from '../../contracts/api/organizations';
import type { LocalizedText } from '../../contracts/localized';
import type { ScheduleStatus } from './measure-schedules';
import { ORGANIZATION_JSON, type Queryable } from './queryable';

export interface PlanScheduleRow {
  measureId: number;
  number: number;
  names: LocalizedText;
  deadlineText: string;
  deadlineLanguage: 'kk' | 'ru' | 'en';
  leadExecutor: Organization | null;
  status: ScheduleStatus;
  reason: string | null;
  message: string | null;
  manualNote: string | null;
  obligationCount: number;
  version: number;
  updatedAt: Date;
}

/** needs_manual, then manual, then parsed; by measure number within each. */
export async function listPlanSchedules(db: Queryable, planId: number, status?: ScheduleStatus): Promise<PlanScheduleRow[]> {
  const { rows } = await db.query<{
    measure_id: number;
    number: number;
    names: LocalizedText;
    deadline_text: string;
    deadline_language: 'kk' | 'ru' | 'en';
    lead_executor: Organization | null;
    status: ScheduleStatus;
    reason: string | null;
    message: string | null;
    manual_note: string | null;
    obligation_count: number;
    version: number;
    updated_at: Date;
  }>(
    `select m.id as measure_id, m.number, m.names, m.deadline_text, m.deadline_language,
            (select ${ORGANIZATION_JSON} from measure_executors e join organizations o on o.id = e.organization_id
              where e.measure_id = m.id and e.role = 'lead') as lead_executor,
            s.status, s.reason, s.message, s.manual_note, s.version, s.updated_at,
            (select count(*) from obligations ob where ob.measure_id = m.id and not ob.is_cancelled)::int as obligation_count
       from measures m join measure_schedules s on s.measure_id = m.id
      where m.plan_id = $1 and ($2::text is null or s.status = $2)
      order by case s.status when 'needs_manual' then 0 when 'manual' then 1 else 2 end, m.number`,
    [planId, status ?? null],
  );
  return rows.map((r) => ({
    measureId: r.measure_id,
    number: r.number,
    names: r.names,
    deadlineText: r.deadline_text,
    deadlineLanguage: r.deadline_language,
    leadExecutor: r.lead_executor,
    status: r.status,
    reason: r.reason,
    message: r.message,
    manualNote: r.manual_note,
    obligationCount: r.obligation_count,
    version: r.version,
    updatedAt: r.updated_at,
  }));
}

/** How many of the plan's measures are in each schedule status (only statuses that occur). */
export async function countPlanSchedules(db: Queryable, planId: number): Promise<Array<{ status: ScheduleStatus; count: number }>> {
  const { rows } = await db.query<{ status: ScheduleStatus; n: number }>(
    `select s.status, count(*)::int as n from measures m join measure_schedules s on s.measure_id = m.id where m.plan_id = $1 group by s.status`,
    [planId],
  );
  return rows.map((r) => ({ status: r.status, count: r.n }));
}

export interface MeasureRef {
  measureId: number;
  number: number;
  planCode: string;
}

/** A measure by its id, or by its number in a plan; null when there is none. */
export async function findMeasureRef(db: Queryable, by: { id: number } | { planId: number; number: number }): Promise<MeasureRef | null> {
  const { rows } = await db.query<{ id: number; number: number; code: string }>(
    `select m.id, m.number, p.code from measures m join plans p on p.id = m.plan_id
      where ${'id' in by ? 'm.id = $1' : 'm.plan_id = $1 and m.number = $2'}`,
    'id' in by ? [by.id] : [by.planId, by.number],
  );
  const row = rows[0];
  return row ? { measureId: row.id, number: row.number, planCode: row.code } : null;
}

/** The codes of every plan, in id order. */
export async function listPlanCodes(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>('select code from plans order by id');
  return rows.map((r) => r.code);
}
