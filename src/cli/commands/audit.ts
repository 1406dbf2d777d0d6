// `zhospar audit verify`: seals the rows committed so far, walks the audit trail's hash chain from
// the first row to the last and says OK with the number of rows, or names the first row that does
// not match, by id and chain position (exit code 1). Rows still unsealed are counted.
import type { Command } from 'commander';
import { verifyAuditChain } from '../../app/audit/verify-audit-chain';
import { chainPlace } from '../../core/obligations/audit-chain';
import { printJson, UserError } from '../output';
import { withMigratedDatabase } from '../with-database';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The audit trail of every state change.');
  audit
    .command('verify')
    .description('Check the hash chain of the whole audit trail; exit code 1 names the first row that does not match.')
    .option('--json', 'print the result as JSON')
    .action((options: { json?: boolean }) =>
      withMigratedDatabase(async ({ pool, description }) => {
        const result = await verifyAuditChain(pool);
        if (options.json) printJson(result);
        const unsealed = result.unsealed ? ` ${result.unsealed} rows committed during the check are not sealed yet.` : '';
        if (result.ok) {
          if (!options.json) process.stdout.write(`OK: the audit trail of ${description} is intact (${result.count} rows).${unsealed}\n`);
          return;
        }
        const { rowId, position, reason } = result.firstBadRow;
        throw new UserError(`the audit trail is broken at row ${rowId} (${chainPlace(position)}): ${reason} (${result.checked} rows before it are intact).${unsealed}`);
      }),
    );
}
