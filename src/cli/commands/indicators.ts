// `zhospar indicators status --plan CODE [--as-of DATE] [--json]`: every indicator of a plan with
// its base, latest figure, trajectory, gap, required rate, forecast, probability and rating, computed
// by the same use case as the API.
import type { Command } from 'commander';
import { getPlanIndicatorStatus } from '../../app/indicators/indicator-status';
import { kazakhstanToday } from '../../app/indicators/kazakhstan-today';
import { seedIfEmpty } from '../../app/seed-default-dataset';
import { databaseOptionsFromEnv, openDatabase } from '../../db/connection';
import { migrate } from '../../db/migrate';
import { UserError, printJson } from '../output';
import { formatIndicatorStatus } from './indicator-status-table';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function registerIndicatorCommands(program: Command): void {
  const indicators = program.command('indicators').description("Plan indicators: status against the targets, from official statistics.");

  indicators
    .command('status')
    .description('Every indicator of a plan: base, latest value and period, trajectory, gap, required rate, forecast, probability and rating.')
    .requiredOption('--plan <code>', 'the plan code, e.g. MB-2024-2028')
    .option('--as-of <date>', 'figures as known on this date, YYYY-MM-DD (default: today in Kazakhstan)')
    .option('--json', 'print as JSON, full precision')
    .action(async (options: { plan: string; asOf?: string; json?: boolean }) => {
      if (options.asOf !== undefined && (!ISO_DATE.test(options.asOf) || Number.isNaN(Date.parse(options.asOf)))) {
        throw new UserError(`--as-of must be a date written YYYY-MM-DD, got "${options.asOf}".`);
      }
      const db = await openDatabase(databaseOptionsFromEnv());
      try {
        await migrate(db.pool);
        await seedIfEmpty(db.pool);
        const status = await getPlanIndicatorStatus(db.pool, options.plan, options.asOf ?? kazakhstanToday());
        if (!status) throw new UserError(`There is no plan with the code "${options.plan}".`);
        if (options.json) printJson(status);
        else process.stdout.write(formatIndicatorStatus(status));
      } finally {
        await db.close();
      }
    });
}
