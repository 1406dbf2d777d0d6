// The `zhospar` command line. Each command group lives in its own file under commands/ and
// registers itself here; commands call app use cases or pure core functions, never SQL.
import { Command, CommanderError } from 'commander';
import { UserError } from './output';
import { setSystemActorCommand } from '../app/audit/system-actor';
import { registerServeCommand } from './commands/serve';
import { registerDbCommands } from './commands/db';
import { registerIndexCommands } from './commands/index-calculator';
import { registerIoCommands } from './commands/input-output';
import { registerScheduleCommands } from './commands/schedule';
import { registerIndicatorCommands } from './commands/indicators';
import { registerUserCommands } from './commands/user';
import { registerTokenCommands } from './commands/token';
import { registerAuditCommands } from './commands/audit';
import { registerObligationCommands } from './commands/obligations';
import { registerImportCommands } from './commands/import';

export function buildProgram(): Command {
  const program = new Command('zhospar')
    .description('Zhospar: plan register, implementation tracking and indicator engine for national development plans.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
    // Changes a command makes are audited as that command run by this operating-system account.
    .hook('preAction', (_program, command) => setSystemActorCommand(commandPath(command)));
  registerServeCommand(program);
  registerDbCommands(program);
  registerIndexCommands(program);
  registerIoCommands(program);
  registerScheduleCommands(program);
  registerIndicatorCommands(program);
  registerUserCommands(program);
  registerTokenCommands(program);
  registerAuditCommands(program);
  registerObligationCommands(program);
  registerImportCommands(program);
  return program;
}

/** "user add" for `zhospar user add ...`. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name());
  return names.join(' ');
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof UserError) {
      process.stderr.write(`zhospar: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`zhospar: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
