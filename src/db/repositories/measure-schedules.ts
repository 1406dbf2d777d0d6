// How each measure's deadline is scheduled: parsed, waiting for a person, or set by hand.
import type { Schedule, UnrecognisedReason } from '../../core/schedule/schedule';
import type { Queryable } from './queryable';

export type ScheduleStatus = 'parsed' | 'needs_manual' | 'manual';

export interface ManualOccurrence {
  period: string;
  due: string;
}

export interface MeasureScheduleRecord {
  measureId: number;
  status: ScheduleStatus;
  deadlineText: string;
  schedule: Schedule | null;
  notes: string[];
  reason: UnrecognisedReason | null;
  message: string | null;
  manualOccurrences: ManualOccurrence[] | null;
  manualNote: string | null;
  version: number;
  updatedAt: Date;
}

export interface MeasureToSchedule {
  id: number;
  number: number;
  deadlineText: string;
  schedule: MeasureScheduleRecord | null;
}

interface ScheduleRow {
  measure_id: number;
  status: ScheduleStatus;
  deadline_text: string;
  schedule: Schedule | null;
  notes: string[];
  reason: UnrecognisedReason | null;
  message: string | null;
  manual_occurrences: ManualOccurrence[] | null;
  manual_note: string | null;
  version: number;
  updated_at: Date;
}

const COLUMNS = 's.measure_id, s.status, s.deadline_text, s.schedule, s.notes, s.reason, s.message, s.manual_occurrences, s.manual_note, s.version, s.updated_at';

function toRecord(row: ScheduleRow): MeasureScheduleRecord {
  return {
    measureId: row.measure_id,
    status: row.status,
    deadlineText: row.deadline_text,
    schedule: row.schedule,
    notes: row.notes,
    reason: row.reason,
    message: row.message,
    manualOccurrences: row.manual_occurrences,
    manualNote: row.manual_note,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

export interface PlanToSchedule {
  id: number;
  code: string;
  periodStart: number;
  periodEnd: number;
}

export async function listPlansToSchedule(db: Queryable, planId?: number): Promise<PlanToSchedule[]> {
  const { rows } = await db.query<{ id: number; code: string; period_start: number; period_end: number }>(
    'select id, code, period_start, period_end from plans where $1::bigint is null or id = $1 order by id',
    [planId ?? null],
  );
  return rows.map((r) => ({ id: r.id, code: r.code, periodStart: r.period_start, periodEnd: r.period_end }));
}

/** A plan's measures with their schedule rows, in number order; `measureId` narrows to one. */
export async function listMeasuresToSchedule(db: Queryable, planId: number, measureId?: number): Promise<MeasureToSchedule[]> {
  const { rows } = await db.query<ScheduleRow & { id: number; number: number; text: string; has_schedule: boolean }>(
    `select m.id, m.number, m.deadline_text as text, s.measure_id is not null as has_schedule, ${COLUMNS}
       from measures m left join measure_schedules s on s.measure_id = m.id
      where m.plan_id = $1 and ($2::bigint is null or m.id = $2) order by m.number`,
    [planId, measureId ?? null],
  );
  return rows.map((r) => ({ id: r.id, number: r.number, deadlineText: r.text, schedule: r.has_schedule ? toRecord(r) : null }));
}

export async function findMeasureSchedule(db: Queryable, measureId: number, lock = false): Promise<MeasureScheduleRecord | null> {
  const { rows } = await db.query<ScheduleRow>(`select ${COLUMNS} from measure_schedules s where s.measure_id = $1${lock ? ' for update' : ''}`, [measureId]);
  return rows[0] ? toRecord(rows[0]) : null;
}

export interface ScheduleWrite {
  status: ScheduleStatus;
  deadlineText: string;
  schedule: Schedule | null;
  notes: string[];
  reason: UnrecognisedReason | null;
  message: string | null;
  manualOccurrences: ManualOccurrence[] | null;
  manualNote: string | null;
}

/** Creates or replaces the schedule row; the version goes up on every replacement. */
export async function saveMeasureSchedule(db: Queryable, measureId: number, write: ScheduleWrite, userId: number | null): Promise<MeasureScheduleRecord> {
  const { rows } = await db.query<ScheduleRow>(
    `insert into measure_schedules as s (measure_id, status, deadline_text, schedule, notes, reason, message, manual_occurrences, manual_note, updated_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (measure_id) do update set status = excluded.status, deadline_text = excluded.deadline_text, schedule = excluded.schedule,
       notes = excluded.notes, reason = excluded.reason, message = excluded.message, manual_occurrences = excluded.manual_occurrences,
       manual_note = excluded.manual_note, updated_by = excluded.updated_by, updated_at = now(), version = s.version + 1
     returning ${COLUMNS}`,
    [
      measureId,
      write.status,
      write.deadlineText,
      write.schedule === null ? null : JSON.stringify(write.schedule),
      JSON.stringify(write.notes),
      write.reason,
      write.message,
      write.manualOccurrences === null ? null : JSON.stringify(write.manualOccurrences),
      write.manualNote,
      userId,
    ],
  );
  return toRecord(rows[0]!);
}

export async function planIdOfMeasure(db: Queryable, measureId: number): Promise<number | null> {
  const { rows } = await db.query<{ plan_id: number }>('select plan_id from measures where id = $1', [measureId]);
  return rows[0]?.plan_id ?? null;
}
