// Admins and coordinators keep the working-day calendar: adding, changing or removing a day moves
// the due dates of every obligation not yet completed, in the same transaction, each move audited.
// The law's weekend rule is not enforced on a single change (a holiday on a Sunday and its
// substitute Monday are two changes, and either would break it alone); breaches come back as warnings.
import type pg from 'pg';
import { hasPermission, type Actor } from '../../core/access/actor';
import { isWeekend } from '../../core/schedule/civil-date';
import { buildWorkingCalendar, checkHolidayCalendar, type CalendarDay } from '../../core/schedule/holiday-calendar';
import { findCalendarDay, listCalendarDays, markCalendarDayRemoved, upsertCalendarDay, type CalendarDayRecord } from '../../db/repositories/holidays';
import type { Queryable } from '../../db/repositories/queryable';
import { withTransaction } from '../../db/transaction';
import { appendAudit, type AuditEntry } from '../audit/append-audit';
import { generateObligations } from './generate-obligations';
import { kazakhstanToday } from './kazakhstan-date';
import { checkVersion, WorkflowError } from './workflow-error';

export interface CalendarChangeResult {
  day: CalendarDayRecord | null;
  rescheduledObligations: number;
  warnings: string[];
}

function requireCalendarManager(actor: Actor): void {
  if (!hasPermission(actor, 'calendar.manage')) throw new WorkflowError('forbidden', 'Changing the holiday calendar needs the admin or coordinator role.');
}

function checkDay(day: CalendarDay): void {
  if (day.kind === 'working-day' && !isWeekend(day.date)) throw new WorkflowError('invalid', `${day.date} is a weekday: only a Saturday or Sunday can be made a working day.`);
  if (day.kind !== 'working-day' && day.kind !== 'public-holiday' && day.kind !== 'religious-day-off' && isWeekend(day.date)) {
    throw new WorkflowError('invalid', `${day.date} is a weekend day already: a ${day.kind} must fall on a weekday.`);
  }
}

async function reschedule(db: Queryable, actor: Actor, audit: AuditEntry[]): Promise<{ rescheduled: number; warnings: string[] }> {
  const days = await listCalendarDays(db);
  const counts = await generateObligations(db, { asOf: kazakhstanToday(), actorId: actor.userId, calendar: buildWorkingCalendar(days) }, audit);
  return { rescheduled: counts.rescheduled, warnings: checkHolidayCalendar(days) };
}

export async function putCalendarDay(pool: pg.Pool, actor: Actor, day: CalendarDay, expectedVersion: number | null): Promise<CalendarChangeResult> {
  requireCalendarManager(actor);
  checkDay(day);
  return withTransaction(pool, async (client) => {
    const before = await findCalendarDay(client, day.date, true);
    if (before && !before.isRemoved) checkVersion('calendar day', before.version, expectedVersion);
    else if (expectedVersion !== null && before?.version !== expectedVersion) {
      throw new WorkflowError('stale', `${day.date} is not in the calendar (any more): send no version to add it.`);
    }
    const after = await upsertCalendarDay(client, day, actor.userId);
    const audit: AuditEntry[] = [{ action: 'calendar_day.saved', entityType: 'calendar_day', entityId: day.date, before: before?.isRemoved ? null : before, after }];
    const { rescheduled, warnings } = await reschedule(client, actor, audit);
    await appendAudit(client, actor.userId, audit);
    return { day: after, rescheduledObligations: rescheduled, warnings };
  });
}

export async function removeCalendarDay(pool: pg.Pool, actor: Actor, date: string, expectedVersion: number | null): Promise<CalendarChangeResult> {
  requireCalendarManager(actor);
  return withTransaction(pool, async (client) => {
    const before = await findCalendarDay(client, date, true);
    if (!before || before.isRemoved) throw new WorkflowError('not_found', `${date} is not in the calendar.`);
    checkVersion('calendar day', before.version, expectedVersion);
    const after = await markCalendarDayRemoved(client, date, actor.userId);
    const audit: AuditEntry[] = [{ action: 'calendar_day.removed', entityType: 'calendar_day', entityId: date, before, after: { isRemoved: true, version: after.version } }];
    const { rescheduled, warnings } = await reschedule(client, actor, audit);
    await appendAudit(client, actor.userId, audit);
    return { day: null, rescheduledObligations: rescheduled, warnings };
  });
}
