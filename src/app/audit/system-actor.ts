// Who is behind a change no signed-in user made: the command line run by an operator, or the
// server's own jobs (seeding, the daily obligation refresh). The audit trail records the program
// and the operating-system account, e.g. "zhospar user add (root@plan-server)", so that a
// password reset from the server's shell is traceable to the account that ran it. A process runs
// one command, so the label is the process's: the CLI sets it before a command runs.
import { hostname, userInfo } from 'node:os';

/** "root@plan-server"; the numeric uid when the account has no name (some containers). */
function operatingSystemAccount(): string {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = `uid ${process.getuid?.() ?? '?'}`;
  }
  return `${name}@${hostname()}`;
}

/** The audit trail's limit (migration 0013): a very long host name must not make the change fail. */
export const SYSTEM_ACTOR_MAX_LENGTH = 300;

/** "zhospar user add (root@plan-server)"; "zhospar (root@plan-server)" without a command. */
export function describeSystemActor(command?: string, account = operatingSystemAccount()): string {
  const label = `zhospar${command ? ` ${command}` : ''} (${account})`;
  return label.length <= SYSTEM_ACTOR_MAX_LENGTH ? label : `${label.slice(0, SYSTEM_ACTOR_MAX_LENGTH - 1)}…`;
}

let current: string | null = null;

/** The label of this process's changes made without a signed-in user. */
export function systemActor(): string {
  current ??= describeSystemActor();
  return current;
}

/** Names the command this process runs (the CLI, before the command's action). */
export function setSystemActorCommand(command: string): void {
  current = describeSystemActor(command);
}
