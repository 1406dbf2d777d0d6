// `zhospar io`: multipliers, impacts and the "8-10 related jobs" check from an input-output table
// file (docs/input-output.md). The computing is in core/input-output; this file reads options,
// turns every known failure into a UserError that names the problem, and prints.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Command } from 'commander';
import {
  checkJobsClaim,
  computeMultipliers,
  IMPACT_MEASURES,
  impactOf,
  IoRequestError,
  type ClaimVerdict,
  type EffectSplit,
  type ImpactAmount,
  type ImpactReport,
  type ImpactTarget,
} from '../../core/input-output';
import { IoTableValidationError, parseIoTableCsv, parseIoTableXlsx, type ImportedIoTable } from '../../io/io-table-file';
import { numberOption, printJson, readTextFile, UserError } from '../output';

interface TableOptions {
  table: string;
  tolerance?: string;
  json?: boolean;
}

export function registerIoCommands(program: Command): void {
  const io = program.command('io').description('Input-output analysis: multipliers, impacts and the "8-10 related jobs" claim.');

  io.command('multipliers')
    .description('Output, GVA and employment multipliers and Type I / Type II employment and income ratios of every product.')
    .requiredOption('--table <file>', 'input-output table, CSV or XLSX (layout: docs/input-output.md)')
    .option('--tolerance <relative>', 'relative tolerance of the row balance check (default 1e-6)')
    .option('--json', 'print JSON')
    .action(async (options: TableOptions) => {
      const { model } = await loadTable(options);
      const products = computeMultipliers(model);
      if (options.json) {
        printJson({
          products: products.map((p) => ({
            code: p.code,
            outputMultiplier: p.outputMultiplier,
            gvaMultiplier: p.gvaMultiplier,
            employmentMultiplier: p.employmentMultiplier,
            employmentTypeI: p.employmentTypeI,
            employmentTypeII: p.employmentTypeII,
            incomeTypeI: p.incomeTypeI,
            incomeTypeII: p.incomeTypeII,
          })),
        });
        return;
      }
      const rows = products.map((p) => [
        p.code,
        p.name,
        fixed(p.outputMultiplier),
        fixed(p.gvaMultiplier),
        significant(p.employmentMultiplier),
        fixed(p.employmentTypeI),
        fixed(p.employmentTypeII),
        fixed(p.incomeTypeI),
        fixed(p.incomeTypeII),
      ]);
      write(alignTable(['code', 'name', 'output', 'GVA', 'employment', 'jobs Type I', 'jobs Type II', 'income Type I', 'income Type II'], rows, 2));
      write(
        '\noutput, GVA, employment: per unit of final demand (employment in jobs per money unit of the table).\n' +
          'Type I / Type II: per direct job or per unit of direct labour income; n/a where the product has none.\n',
      );
    });

  io.command('impact')
    .description('Output, GVA, labour income and jobs created by final demand or direct jobs in a product or a group, split into direct, indirect and induced.')
    .requiredOption('--table <file>', 'input-output table, CSV or XLSX')
    .option('--product <code>', 'the product receiving the final demand')
    .option('--group <codes>', 'comma-separated product codes, e.g. 25,26,27,28,29,30,33')
    .option('--mix <shares>', "the group's final-demand mix as CODE=SHARE,... (default: its shares of final demand in the table)")
    .option('--final-demand <amount>', "final demand, in the table's money unit")
    .option('--jobs <number>', 'direct jobs, converted to final demand as jobs / e(j)')
    .option('--tolerance <relative>', 'relative tolerance of the row balance check (default 1e-6)')
    .option('--json', 'print JSON')
    .action(async (options: TableOptions & { product?: string; group?: string; mix?: string; finalDemand?: string; jobs?: string }) => {
      if ((options.product === undefined) === (options.group === undefined)) throw new UserError('give either --product CODE or --group CODES.');
      if ((options.finalDemand === undefined) === (options.jobs === undefined)) throw new UserError('give either --final-demand N or --jobs N.');
      if (options.mix !== undefined && options.group === undefined) throw new UserError('--mix applies to --group only.');
      const target: ImpactTarget =
        options.product !== undefined ? { product: options.product.trim() } : { group: codeList(options.group!), mix: mixOption(options.mix) };
      const amount: ImpactAmount =
        options.jobs !== undefined ? { jobs: numberOption(options.jobs, '--jobs')! } : { finalDemand: numberOption(options.finalDemand, '--final-demand')! };
      const { model } = await loadTable(options);
      const report = answer(() => impactOf(model, { target, amount }));
      if (options.json) printJson(report);
      else write(impactText(report));
    });

  io.command('check-claim')
    .description('Whether "one job creates 8-10 related jobs" (a jobs ratio of 9-11) holds for a product group on this table.')
    .requiredOption('--table <file>', 'input-output table, CSV or XLSX')
    .requiredOption('--group <codes>', 'comma-separated product codes of the group, e.g. 25,26,27,28,29,30,33')
    .option('--mix <shares>', "the group's final-demand mix as CODE=SHARE,... (default: its shares of final demand in the table)")
    .option('--label <text>', 'how to name the group in the sentence, e.g. "machine building"')
    .option('--tolerance <relative>', 'relative tolerance of the row balance check (default 1e-6)')
    .option('--json', 'print JSON')
    .action(async (options: TableOptions & { group: string; mix?: string; label?: string }) => {
      const { model } = await loadTable(options);
      const verdict = answer(() => checkJobsClaim(model, codeList(options.group), { mix: mixOption(options.mix), groupLabel: options.label }));
      if (options.json) printJson(verdict);
      else write(claimText(verdict));
    });
}

async function loadTable(options: TableOptions): Promise<ImportedIoTable> {
  const balanceTolerance = numberOption(options.tolerance, '--tolerance');
  if (balanceTolerance !== undefined && !(balanceTolerance >= 0)) throw new UserError(`--tolerance must be zero or positive, got "${options.tolerance}".`);
  const path = options.table;
  try {
    if (extname(path).toLowerCase() === '.xlsx') return await parseIoTableXlsx(await readBinary(path), { balanceTolerance });
    return parseIoTableCsv(await readTextFile(path, 'The table file'), { balanceTolerance });
  } catch (error) {
    if (error instanceof IoTableValidationError) throw new UserError(`${path}: ${error.message}`);
    throw error;
  }
}

async function readBinary(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`The table file "${path}" does not exist.`);
    throw new UserError(`The table file "${path}" cannot be read: ${(error as Error).message}`);
  }
}

/** Runs a core request, turning its refusals (unknown code, bad mix, no jobs) into user errors. */
function answer<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof IoRequestError) throw new UserError(error.message);
    throw error;
  }
}

function codeList(raw: string): string[] {
  const codes = raw.split(',').map((code) => code.trim()).filter((code) => code !== '');
  if (codes.length === 0) throw new UserError('--group needs at least one product code.');
  return codes;
}

function mixOption(raw: string | undefined): Record<string, number> | undefined {
  if (raw === undefined) return undefined;
  const mix: Record<string, number> = {};
  for (const part of raw.split(',').filter((p) => p.trim() !== '')) {
    const [code, share, ...rest] = part.split('=');
    const value = share === undefined ? Number.NaN : Number(share);
    if (rest.length > 0 || !code?.trim() || !Number.isFinite(value)) throw new UserError(`--mix takes CODE=SHARE pairs, got "${part}".`);
    mix[code.trim()] = value;
  }
  return mix;
}

function impactText(report: ImpactReport): string {
  const what =
    report.amount.kind === 'jobs' ? `${report.amount.value} direct jobs` : `final demand of ${report.amount.value}`;
  const where =
    report.target.kind === 'product'
      ? `product ${report.target.mix[0]!.code}`
      : `group ${report.target.mix.map((m) => `${m.code} (${(100 * m.share).toFixed(1)}%)`).join(', ')}` +
        (report.target.mixSource === 'table' ? ', mix from final demand in the table' : '');
  const header = ['', 'direct', 'indirect', 'induced', 'Type I total', 'total'];
  const row = (label: string, s: EffectSplit): string[] => [label, ...[s.direct, s.indirect, s.induced, s.typeI, s.total].map(amount)];
  const ratios = report.jobsPerDirectJob;
  const byProduct = report.products.map((p) => [p.code, p.name, amount(p.finalDemandChange), ...IMPACT_MEASURES.map((m) => amount(p[m].total))]);
  return (
    `Impact of ${what} in ${where}; final demand ${amount(report.finalDemandTotal)} in the table's money unit.\n\n` +
    alignTable(header, IMPACT_MEASURES.map((m) => row(m, report.totals[m])), 1) +
    `\nJobs per direct job: Type I ${fixed(ratios.typeI)}, Type II ${fixed(ratios.typeII)}.\n\nBy product (total including induced):\n` +
    alignTable(['code', 'name', 'final demand', 'output', 'GVA', 'income', 'jobs'], byProduct, 2)
  );
}

function claimText(verdict: ClaimVerdict): string {
  const rows = [verdict.typeI, verdict.typeII].map((r) => [
    r.basis === 'typeI' ? 'Type I' : 'Type II',
    fixed(r.ratio),
    fixed(r.jobsElsewherePerDirectJob),
    fixed(r.outsideGroupPerDirectJob),
    r.comparison,
  ]);
  return `${verdict.sentence}\n\n${alignTable(['basis', 'jobs per direct job', 'jobs elsewhere', 'outside the group', `vs ${verdict.claimedRatioRange.join('-')}`], rows, 1)}`;
}

/** Left-aligns the first `textColumns` columns and right-aligns the numbers. */
function alignTable(header: string[], rows: string[][], textColumns: number): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c < textColumns ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd() + '\n';
  return line(header) + rows.map(line).join('');
}

function fixed(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(4);
}

function significant(value: number): string {
  return Number(value.toPrecision(6)).toString();
}

function amount(value: number): string {
  return value.toFixed(2);
}

function write(text: string): void {
  process.stdout.write(text);
}
