// `zhospar schedule explain "<text>"`: shows how a measure's deadline text is read and which due
// dates its obligations get over a plan period, so a coordinator can check the parser's reading
// before obligations are generated from it. `schedule list` and `schedule set` (the work list and
// manual schedules) are in schedule-manual.ts.
import type { Command } from 'commander';
import { isoWeekday } from '../../core/schedule/civil-date';
import { explainDeadline, type DeadlineExplanation } from '../../core/schedule/explain-deadline';
import type { Occurrence, PlanPeriod } from '../../core/schedule/expand-schedule';
import { isCoveredByCalendar, type WorkingCalendar } from '../../core/schedule/working-calendar';
import { HOLIDAY_CALENDAR_FILE, loadWorkingCalendar } from '../../io/holiday-calendar-file';
import { resolveDataPath } from '../../io/data-path';
import { printJson, UserError } from '../output';
import { registerManualScheduleCommands } from './schedule-manual';

/** Exit code for a deadline the parser will not read: distinct from usage errors (1). */
export const UNRECOGNISED_EXIT_CODE = 2;

interface ExplainOptions {
  from: string;
  to: string;
  json?: boolean;
  workingDays: boolean;
  calendar?: string;
}

export function registerScheduleCommands(program: Command): void {
  const schedule = program.command('schedule').description('Deadlines of plan measures: how they are read and scheduled.');
  schedule
    .command('explain')
    .description('Read a deadline text (ru, kk or en) and list the due dates of its obligations.')
    .argument('<text>', 'the deadline as the plan writes it, e.g. "ежегодно, до 25 января"')
    .option('--from <year>', 'first year of the plan period', '2024')
    .option('--to <year>', 'last year of the plan period', '2028')
    .option('--json', 'print the occurrences as JSON: [{ "period": ..., "due": ... }, ...]')
    .option('--no-working-days', 'keep due dates as written instead of moving them off weekends and holidays')
    .option('--calendar <file>', `holiday calendar CSV (default: the data folder's ${HOLIDAY_CALENDAR_FILE})`)
    .action(async (text: string, options: ExplainOptions) => {
      const plan: PlanPeriod = { fromYear: yearOption(options.from, '--from'), toYear: yearOption(options.to, '--to') };
      if (plan.fromYear > plan.toYear) throw new UserError(`--from ${plan.fromYear} is after --to ${plan.toYear}.`);
      const calendar = options.workingDays ? await readCalendar(options.calendar) : null;
      const explanation = explainDeadline(text, plan, calendar);
      if (explanation.status === 'unrecognised') {
        throw new UserError(
          `the deadline «${text}» is not recognised (${explanation.reason}): ${explanation.message}.`,
          UNRECOGNISED_EXIT_CODE,
        );
      }
      const uncovered = calendar ? explanation.occurrences.filter((o) => !isCoveredByCalendar(o.dueAsWritten, calendar)) : [];
      if (uncovered.length > 0 && calendar?.coverage) {
        const { fromYear, toYear } = calendar.coverage;
        process.stderr.write(
          `zhospar: the holiday calendar covers ${fromYear}-${toYear}; ${uncovered.length} due date(s) outside it move off weekends only.\n`,
        );
      }
      if (options.json) printJson(explanation.occurrences.map(jsonOccurrence));
      else process.stdout.write(humanReport(explanation, plan, calendar !== null));
    });
  registerManualScheduleCommands(schedule);
}

function yearOption(raw: string, name: string): number {
  if (!/^\d{4}$/.test(raw.trim())) throw new UserError(`${name} must be a year such as 2024, got "${raw}".`);
  return Number(raw);
}

async function readCalendar(path: string | undefined): Promise<WorkingCalendar> {
  const file = path ?? resolveDataPath(HOLIDAY_CALENDAR_FILE);
  try {
    return await loadWorkingCalendar(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new UserError(`the holiday calendar "${file}" does not exist (set ZHOSPAR_DATA_DIR or pass --calendar).`);
    }
    throw new UserError(`the holiday calendar "${file}" cannot be used: ${(error as Error).message}`);
  }
}

/** `period` and `due` first, as scripts expect; the rest only when it says something. */
function jsonOccurrence(o: Occurrence): Record<string, string | boolean> {
  return {
    period: o.period,
    due: o.due,
    ...(o.due !== o.dueAsWritten ? { nominalDue: o.dueAsWritten } : {}),
    ...(o.dueDateAssumed ? { dueDateAssumed: true } : {}),
  };
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const weekday = (date: string) => WEEKDAYS[isoWeekday(date) - 1] ?? '';

function humanReport(
  explanation: Extract<DeadlineExplanation, { status: 'recognised' }>,
  plan: PlanPeriod,
  movesToWorkingDays: boolean,
): string {
  const lines = [
    `Deadline:   ${explanation.text}`,
    `Recognised: ${explanation.description}`,
    ...explanation.notes.map((note) => `Note:       ${note}`),
    `Plan years: ${plan.fromYear}-${plan.toYear}`,
    movesToWorkingDays
      ? 'Due dates on a weekend or a public holiday of Kazakhstan move to the next working day.'
      : 'Due dates are kept as written (--no-working-days).',
    '',
  ];
  if (explanation.occurrences.length === 0) return `${lines.join('\n')}No occurrences fall within the plan years.\n`;
  const rows = explanation.occurrences.map((o) => [
    o.period,
    `${o.due} ${weekday(o.due)}`,
    o.due === o.dueAsWritten ? '' : `moved from ${o.dueAsWritten} ${weekday(o.dueAsWritten)}`,
    o.dueDateAssumed ? 'assumed date' : '',
  ]);
  const table = [['Period', 'Due', 'Note', ''], ...rows];
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  for (const row of table) {
    lines.push(row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ').trimEnd());
  }
  return `${lines.join('\n')}\n`;
}
