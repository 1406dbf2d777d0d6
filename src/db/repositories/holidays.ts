// The working-day calendar: holidays, substitute and transferred days off, and working weekend days.
import type { CalendarDay } from '../../core/schedule/holiday-calendar';
import type { Queryable } from './queryable';

export interface CalendarDayRecord extends CalendarDay {
  isRemoved: boolean;
  version: number;
  updatedAt: Date;
}

interface CalendarDayRow {
  date: string;
  kind: CalendarDay['kind'];
  status: CalendarDay['status'];
  names: CalendarDay['name'];
  note: string | null;
  is_removed: boolean;
  version: number;
  updated_at: Date;
}

const COLUMNS = 'date, kind, status, names, note, is_removed, version, updated_at';

function toRecord(row: CalendarDayRow): CalendarDayRecord {
  return {
    date: row.date,
    kind: row.kind,
    status: row.status,
    name: row.names,
    ...(row.note ? { note: row.note } : {}),
    isRemoved: row.is_removed,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** Days in force (tombstones left out), optionally of one year, in date order. */
export async function listCalendarDays(db: Queryable, year?: number): Promise<CalendarDayRecord[]> {
  const { rows } = await db.query<CalendarDayRow>(
    `select ${COLUMNS} from calendar_days
      where not is_removed and ($1::int is null or extract(year from date) = $1)
      order by date`,
    [year ?? null],
  );
  return rows.map(toRecord);
}

/** A day, removed or not; `lock` holds it for the rest of the transaction. */
export async function findCalendarDay(db: Queryable, date: string, lock = false): Promise<CalendarDayRecord | null> {
  const { rows } = await db.query<CalendarDayRow>(`select ${COLUMNS} from calendar_days where date = $1${lock ? ' for update' : ''}`, [date]);
  return rows[0] ? toRecord(rows[0]) : null;
}

/** Inserts the days that are missing (tombstones count as present); returns how many were added. */
export async function insertMissingCalendarDays(db: Queryable, days: readonly CalendarDay[]): Promise<number> {
  const result = await db.query(
    `insert into calendar_days (date, kind, status, names, note)
     select t.date, t.kind, t.status, t.name, t.note
       from jsonb_to_recordset($1::jsonb) as t(date date, kind text, status text, name jsonb, note text)
     on conflict (date) do nothing`,
    [JSON.stringify(days)],
  );
  return result.rowCount ?? 0;
}

/** Creates or replaces a day (reviving a tombstone); the version goes up on every write. */
export async function upsertCalendarDay(db: Queryable, day: CalendarDay, userId: number): Promise<CalendarDayRecord> {
  const { rows } = await db.query<CalendarDayRow>(
    `insert into calendar_days (date, kind, status, names, note, updated_by)
     values ($1, $2, $3, $4, $5, $6)
     on conflict (date) do update set kind = excluded.kind, status = excluded.status, names = excluded.names, note = excluded.note,
       is_removed = false, updated_by = excluded.updated_by, updated_at = now(), version = calendar_days.version + 1
     returning ${COLUMNS}`,
    [day.date, day.kind, day.status, day.name, day.note ?? null, userId],
  );
  return toRecord(rows[0]!);
}

export async function markCalendarDayRemoved(db: Queryable, date: string, userId: number): Promise<CalendarDayRecord> {
  const { rows } = await db.query<CalendarDayRow>(
    `update calendar_days set is_removed = true, updated_by = $2, updated_at = now(), version = version + 1
      where date = $1 returning ${COLUMNS}`,
    [date, userId],
  );
  return toRecord(rows[0]!);
}

/** Rows of any kind, tombstones included: zero only before the calendar was ever loaded. */
export async function countCalendarDays(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*) as n from calendar_days');
  return rows[0]!.n;
}
