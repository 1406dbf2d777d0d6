// One call from a deadline text to its obligations' dates: parse, expand over the plan period and
// move due dates off days off. The CLI's `schedule explain` and, later, obligation generation use it.
import { describeSchedule } from './describe-schedule';
import { expandSchedule, type Occurrence, type PlanPeriod } from './expand-schedule';
import { parseDeadline } from './parse-deadline';
import type { DeadlineParseResult, Schedule } from './schedule';
import { moveToWorkingDays, type WorkingCalendar } from './working-calendar';

export type DeadlineExplanation =
  | {
      status: 'recognised';
      text: string;
      schedule: Schedule;
      description: string;
      notes: string[];
      occurrences: Occurrence[];
    }
  | Extract<DeadlineParseResult, { status: 'unrecognised' }>;

/** `calendar: null` keeps the dates as written (no move to working days). */
export function explainDeadline(text: string, plan: PlanPeriod, calendar: WorkingCalendar | null): DeadlineExplanation {
  const parsed = parseDeadline(text);
  if (parsed.status === 'unrecognised') return parsed;
  const asWritten = expandSchedule(parsed.schedule, plan);
  return {
    ...parsed,
    description: describeSchedule(parsed.schedule),
    occurrences: calendar ? moveToWorkingDays(asWritten, calendar) : asWritten,
  };
}
