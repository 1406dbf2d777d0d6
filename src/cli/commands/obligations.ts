// `zhospar obligations refresh`: the daily upkeep on demand: obligations generated from every
// measure's deadline (idempotent) and statuses brought up to date as of today in Kazakhstan.
import type { Command } from 'commander';
import { refreshObligations } from '../../app/obligations/refresh-obligations';
import { printJson } from '../output';
import { withMigratedDatabase } from '../with-database';

export function registerObligationCommands(program: Command): void {
  const obligations = program.command('obligations').description('Obligations: the occurrences of each measure\u2019s schedule.');
  obligations
    .command('refresh')
    .description('Generate missing obligations and update every status as of today (the server does this daily).')
    .option('--json', 'print the counts as JSON')
    .action((options: { json?: boolean }) =>
      withMigratedDatabase(async ({ pool }) => {
        const result = await refreshObligations(pool);
        if (options.json) return printJson(result);
        const kinds = Object.entries(result.byScheduleKind)
          .filter(([, n]) => n > 0)
          .map(([kind, n]) => `${n} ${kind.replace('_', ' ')}`)
          .join(', ');
        process.stdout.write(
          [
            `Obligations as of ${result.asOf}: ${result.measures} measures (${kinds}).`,
            `Created ${result.created}, rescheduled ${result.rescheduled}, cancelled ${result.cancelled}, restored ${result.restored}; ${result.statusChanges} statuses changed.`,
            ...(result.byScheduleKind.needs_manual > 0 ? [`${result.byScheduleKind.needs_manual} measure(s) need a schedule set by hand (GET /api/v1/measures/{id}/schedule).`] : []),
            '',
          ].join('\n'),
        );
      }),
    );
}
