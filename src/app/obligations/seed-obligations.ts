// The seeding step of this module, run inside the default dataset's transaction after the plan is
// written: load the holiday calendar (missing days only; days an admin removed stay removed), then
// generate the obligations of every measure and set their statuses as of today.
import { join } from 'node:path';
import { countCalendarDays, insertMissingCalendarDays } from '../../db/repositories/holidays';
import type { Queryable } from '../../db/repositories/queryable';
import { HOLIDAY_CALENDAR_FILE, readHolidayCalendarFile } from '../../io/holiday-calendar-file';
import { appendAudit, type AuditEntry } from '../audit/append-audit';
import { generateObligations } from './generate-obligations';
import { kazakhstanToday } from './kazakhstan-date';
import { refreshObligationStatuses } from './refresh-obligation-statuses';
import { OBLIGATIONS_LOCK } from './refresh-obligations';

export async function loadDefaultHolidayCalendar(db: Queryable, dataDir: string, audit: AuditEntry[]): Promise<number> {
  const file = join(dataDir, HOLIDAY_CALENDAR_FILE);
  const added = await insertMissingCalendarDays(db, await readHolidayCalendarFile(file));
  if (added > 0) {
    audit.push({ action: 'calendar.loaded', entityType: 'calendar', entityId: 'KZ', before: null, after: { file: HOLIDAY_CALENDAR_FILE, daysAdded: added } });
  }
  return added;
}

export async function seedObligations(db: Queryable, dataDir: string, asOf = kazakhstanToday()): Promise<{ calendar_days: number; obligations: number }> {
  await db.query('select pg_advisory_xact_lock($1)', [OBLIGATIONS_LOCK]);
  const audit: AuditEntry[] = [];
  const calendarDays = await loadDefaultHolidayCalendar(db, dataDir, audit);
  const counts = await generateObligations(db, { asOf, actorId: null }, audit);
  await refreshObligationStatuses(db, asOf, audit);
  await appendAudit(db, null, audit);
  return { calendar_days: calendarDays, obligations: counts.created };
}

/** For a database made before this module: load the calendar if it has none. */
export async function ensureHolidayCalendar(db: Queryable, dataDir: string): Promise<number> {
  if ((await countCalendarDays(db)) > 0) return 0;
  const audit: AuditEntry[] = [];
  const added = await loadDefaultHolidayCalendar(db, dataDir, audit);
  await appendAudit(db, null, audit);
  return added;
}
