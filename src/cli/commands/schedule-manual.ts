// `zhospar schedule list` and `zhospar schedule set`: the coordinator's schedules work list and the
// manual schedule from the server's command line, through the same use cases as
// GET /api/v1/plans/{planCode}/schedules and POST /api/v1/measures/{id}/schedule. Changes made here
// are recorded in the audit trail with no user but with the command and the operating-system
// account, like every change the command line makes.
import type { Command } from 'commander';
import { isoWeekday } from '../../core/schedule/civil-date';
import { manualScheduleRequestSchema } from '../../contracts/api/obligations';
import { SCHEDULE_STATUSES, type PlanScheduleItem, type ScheduleStatus } from '../../contracts/api/plan-schedules';
import { setManualScheduleFromCommandLine, type MeasureScheduleView } from '../../app/obligations/measure-schedule';
import { findMeasureToSchedule, planCodes, readPlanSchedules } from '../../app/obligations/plan-schedules';
import { WorkflowError } from '../../app/obligations/workflow-error';
import { OccurrenceInputError, parseOccurrenceOption, parseOccurrencesCsv, type OccurrenceLine } from '../../io/occurrences-file';
import { printJson, readTextFile, UserError } from '../output';
import { withMigratedDatabase } from '../with-database';

/** Exit code when the schedule changed after the version the command was told to expect. */
export const STALE_SCHEDULE_EXIT_CODE = 3;

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Runs a use case, turning its WorkflowError into a message for the terminal. */
async function asUserError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof WorkflowError) throw new UserError(error.message, error.kind === 'stale' ? STALE_SCHEDULE_EXIT_CODE : 1);
    throw error;
  }
}

function statusOption(raw: string | undefined): ScheduleStatus | undefined {
  if (raw === undefined) return undefined;
  if (!(SCHEDULE_STATUSES as readonly string[]).includes(raw)) throw new UserError(`--status must be one of ${SCHEDULE_STATUSES.join(', ')}, got "${raw}".`);
  return raw as ScheduleStatus;
}

/** `42` (the number in --plan) or `id:1234` (the measure id). */
function measureArgument(raw: string): { number: number } | { id: number } {
  const id = /^id:(\d+)$/i.exec(raw.trim());
  if (id) return { id: Number(id[1]) };
  if (/^\d+$/.test(raw.trim()) && Number(raw) > 0) return { number: Number(raw) };
  throw new UserError(`name the measure by its number in the plan (e.g. 45) or by its id (e.g. id:123), got "${raw}".`);
}

function versionOption(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) throw new UserError(`--expect-version must be a whole number of 1 or more, got "${raw}".`);
  return Number(raw);
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  return rows.map((row) => row.map((cell, i) => (i < row.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd()).join('\n');
}

export function formatScheduleList(planCode: string, counts: Record<ScheduleStatus, number>, items: PlanScheduleItem[]): string {
  const summary = `${planCode}: ${counts.needs_manual} measure(s) need a schedule set by hand, ${counts.manual} set by hand, ${counts.parsed} read by the parser.`;
  if (items.length === 0) return `${summary}\nNo measures to list.\n`;
  const rows = items.map((item) => [
    String(item.number),
    String(item.measureId),
    item.status,
    String(item.obligationCount),
    String(item.version),
    item.deadlineText,
    item.status === 'needs_manual' ? `${item.reason}: ${item.message ?? ''}` : item.status === 'manual' ? (item.manualNote ?? '') : '',
  ]);
  return `${summary}\n\n${table([['NO.', 'ID', 'STATUS', 'OBLIGATIONS', 'VERSION', 'DEADLINE', 'WHY / NOTE'], ...rows])}\n`;
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const weekday = (date: string) => WEEKDAYS[isoWeekday(date) - 1] ?? '';

export function formatSetResult(ref: { number: number; planCode: string }, schedule: MeasureScheduleView): string {
  const open = schedule.obligations.filter((o) => o.status !== 'cancelled');
  const cancelled = schedule.obligations.length - open.length;
  const lines = [
    `Measure ${ref.number} of ${ref.planCode} (id ${schedule.measureId}) is scheduled by hand (schedule version ${schedule.version}): ${open.length} obligation(s)${cancelled ? `, ${cancelled} cancelled` : ''}.`,
    'Due dates on a weekend or a public holiday of Kazakhstan move to the next working day.',
    '',
  ];
  const rows = schedule.obligations.map((o) => [o.period, `${o.due} ${weekday(o.due)}`, o.due === o.nominalDue ? '' : `moved from ${o.nominalDue} ${weekday(o.nominalDue)}`, o.status]);
  return `${lines.join('\n')}\n${table([['PERIOD', 'DUE', 'NOTE', 'STATUS'], ...rows])}\n`;
}

/** The occurrences checked by the API's request schema, each problem named by its row or option. */
function checkedRequest(lines: OccurrenceLine[], note: string | undefined) {
  const occurrences = lines.map(({ period, due }) => ({ due, ...(period !== undefined ? { period } : {}) }));
  const parsed = manualScheduleRequestSchema.safeParse({ occurrences, ...(note !== undefined ? { note } : {}) });
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const [field, index, key] = issue.path;
    if (field === 'occurrences' && typeof index === 'number') {
      const line = lines[index];
      const value = key === 'period' ? line?.period : line?.due;
      return `${line?.source ?? `occurrence ${index + 1}`}: ${key === 'period' ? `the period "${value}" is not a year, half-year, quarter, month or date (2025, 2025-H1, 2025-Q2, 2025-06, 2025-06-30)` : `the due date "${value}" is not a date written YYYY-MM-DD`}`;
    }
    if (field === 'occurrences') return `give between 1 and 240 occurrences (${lines.length} given)`;
    return `${String(field)}: ${issue.message}`;
  });
  throw new UserError(`the schedule cannot be saved:\n  ${[...new Set(problems)].join('\n  ')}`);
}

interface SetOptions {
  plan?: string;
  file?: string;
  occurrence?: string[];
  note?: string;
  expectVersion?: string;
  json?: boolean;
}

async function occurrenceLines(options: SetOptions): Promise<OccurrenceLine[]> {
  const occurrences = options.occurrence ?? [];
  if (options.file !== undefined && occurrences.length > 0) throw new UserError('give the occurrences either in --file or with --occurrence, not both.');
  try {
    if (options.file !== undefined) return parseOccurrencesCsv(await readTextFile(options.file, 'The occurrences file'));
    if (occurrences.length > 0) return occurrences.map(parseOccurrenceOption);
  } catch (error) {
    if (error instanceof OccurrenceInputError) throw new UserError(options.file !== undefined ? `${options.file}: ${error.message}.` : `${error.message}.`);
    throw error;
  }
  throw new UserError('give the occurrences: --file occurrences.csv (columns period,due) or --occurrence 2025-Q1=2025-04-10, repeated.');
}

export function registerManualScheduleCommands(schedule: Command): void {
  schedule
    .command('list')
    .description("A plan's measures by schedule status: those needing a schedule set by hand first, then those set by hand, then those read by the parser.")
    .option('--plan <code>', 'the plan code, e.g. MB-2024-2028 (default: every plan)')
    .option('--status <status>', `only this status: ${SCHEDULE_STATUSES.join(', ')}`)
    .option('--json', 'print the measures as JSON, as the API lists them')
    .action((options: { plan?: string; status?: string; json?: boolean }) => {
      const status = statusOption(options.status);
      return withMigratedDatabase(async ({ pool }) => {
        const codes = options.plan !== undefined ? [options.plan] : await planCodes(pool);
        const answers = [];
        for (const code of codes) answers.push(await asUserError(readPlanSchedules(pool, code, { status })));
        if (options.json) return printJson(answers.flatMap((answer) => answer.items));
        if (answers.length === 0) process.stdout.write('There are no plans yet (zhospar db seed loads the default dataset).\n');
        else process.stdout.write(answers.map((answer) => formatScheduleList(answer.planCode, answer.counts, answer.items)).join('\n'));
      });
    });

  schedule
    .command('set')
    .description('Set the occurrences of a measure by hand (for a deadline the parser could not read, or read wrongly); due dates move to working days.')
    .argument('<measure>', 'the measure number in --plan (e.g. 45), or its id written id:123')
    .option('--plan <code>', 'the plan code, e.g. MB-2024-2028 (needed with a measure number)')
    .option('--file <csv>', 'a CSV file (UTF-8) with a header row "period,due"; period may be left empty: the due date is then the period')
    .option('--occurrence <period=due>', 'one occurrence, e.g. 2025-Q1=2025-04-10 (or a due date alone); repeat for several', collect)
    .option('--note <text>', 'why the schedule is set by hand')
    .option('--expect-version <n>', 'refuse (exit code 3) if the schedule is no longer at this version (see schedule list); default: the current one')
    .option('--json', 'print the resulting schedule as JSON, as the API answers it')
    .action(async (measure: string, options: SetOptions) => {
      const named = measureArgument(measure);
      if ('number' in named && options.plan === undefined) throw new UserError(`name the plan of measure ${named.number} with --plan (e.g. --plan MB-2024-2028), or give the measure id as id:<id>.`);
      const expected = versionOption(options.expectVersion);
      const request = checkedRequest(await occurrenceLines(options), options.note);
      await withMigratedDatabase(async ({ pool }) => {
        const ref = await asUserError(findMeasureToSchedule(pool, { planCode: options.plan, ...named }));
        const result = await asUserError(setManualScheduleFromCommandLine(pool, ref.measureId, request, expected));
        if (options.json) printJson(result);
        else process.stdout.write(formatSetResult(ref, result));
      });
    });
}
