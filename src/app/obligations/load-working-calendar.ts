// The working calendar from the database's calendar_days (what admins edit), not the CSV file.
import { buildWorkingCalendar } from '../../core/schedule/holiday-calendar';
import type { WorkingCalendar } from '../../core/schedule/working-calendar';
import { listCalendarDays } from '../../db/repositories/holidays';
import type { Queryable } from '../../db/repositories/queryable';

export async function loadWorkingCalendarFromDatabase(db: Queryable): Promise<WorkingCalendar> {
  return buildWorkingCalendar(await listCalendarDays(db));
}
