// `zhospar user add | list | disable | password`: managing people from the server's command line,
// which is also how the first admin comes to exist (there is no default password) and how a
// forgotten password is reset. The command line has no signed-in user: its changes are audited
// with no user but with the command and the operating-system account (src/app/audit/system-actor.ts).
import type { Command } from 'commander';
import { AuthError } from '../../app/auth/auth-error';
import { createUser } from '../../app/auth/create-user';
import { disableUser } from '../../app/auth/disable-user';
import { listAllUsers } from '../../app/auth/list-users';
import { resetPassword } from '../../app/auth/reset-password';
import { seedIfEmpty } from '../../app/seed-default-dataset';
import { ROLES } from '../../core/access/roles';
import { printJson, UserError } from '../output';
import { withMigratedDatabase } from '../with-database';

/** Runs a use case, turning its AuthError into a message for the terminal. */
export async function asUserError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AuthError) throw new UserError(error.message);
    throw error;
  }
}

/**
 * The password piped into the command (`printf '%s' "$PW" | zhospar user add ...`), without its
 * final line break; null at a terminal or when nothing was piped, and a password is generated.
 */
export async function readPipedPassword(input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): Promise<string | null> {
  if (input.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const text = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  return text === '' ? null : text;
}

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('People who sign in: add, list, disable, reset a password.');

  user
    .command('add')
    .description('Add a user. The password is read from standard input when piped; otherwise a strong one is generated and printed once.')
    .requiredOption('--email <email>', 'e-mail address (the sign-in name)')
    .requiredOption('--name <name>', 'full name')
    .requiredOption('--org <code>', 'organisation code, e.g. MIC')
    .requiredOption('--role <role>', `role (${ROLES.join(', ')}); repeat for several`, collect, [])
    .action((options: { email: string; name: string; org: string; role: string[] }) =>
      withMigratedDatabase(async ({ pool }) => {
        // Users belong to organisations, which come with the default dataset: creating the first
        // admin before the server's first start must find them too.
        if (await seedIfEmpty(pool)) process.stderr.write('Loaded the default dataset (first start).\n');
        const piped = await readPipedPassword();
        const created = await asUserError(
          createUser(pool, { email: options.email, name: options.name, organizationCode: options.org, roles: options.role, password: piped ?? undefined }, null),
        );
        const { user: record } = created;
        process.stdout.write(`Added ${record.email} (id ${record.id}) of ${record.organizationCode} with the roles ${record.roles.join(', ')}.\n`);
        if (created.isPasswordGenerated) {
          process.stdout.write(`Password (shown only now; hand it over safely): ${created.password}\n`);
        }
      }),
    );

  user
    .command('list')
    .description('List users.')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) =>
      withMigratedDatabase(async ({ pool }) => {
        const users = await listAllUsers(pool);
        const now = new Date();
        const rows = users.map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          organizationCode: u.organizationCode,
          roles: u.roles,
          status: u.isDisabled ? 'disabled' : u.lockedUntil && u.lockedUntil > now ? 'locked' : 'active',
        }));
        if (options.json) return printJson(rows);
        if (!rows.length) {
          process.stdout.write('No users yet. Add the first admin with: zhospar user add --email you@example.kz --name "Your Name" --org MIC --role admin\n');
          return;
        }
        const table = [['ID', 'E-MAIL', 'NAME', 'ORG', 'ROLES', 'STATUS'], ...rows.map((r) => [String(r.id), r.email, r.name, r.organizationCode, r.roles.join(','), r.status])];
        const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
        for (const row of table) process.stdout.write(`${row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()}\n`);
      }),
    );

  user
    .command('disable')
    .description('Disable a user: their sessions end and their API tokens stop working at once.')
    .argument('<email>', 'the user\'s e-mail address')
    .action((email: string) =>
      withMigratedDatabase(async ({ pool }) => {
        const { user: record, wasDisabled } = await asUserError(disableUser(pool, email, null));
        process.stdout.write(wasDisabled ? `${record.email} was already disabled.\n` : `Disabled ${record.email}; their sessions have ended.\n`);
      }),
    );

  user
    .command('password')
    .description(
      'Reset a user\'s password: read from standard input when piped, otherwise generated and printed once. Their sessions end and a sign-in lockout is lifted.',
    )
    .argument('<email>', 'the user\'s e-mail address')
    .action((email: string) =>
      withMigratedDatabase(async ({ pool }) => {
        const piped = await readPipedPassword();
        const reset = await asUserError(resetPassword(pool, { user: { email }, newPassword: piped ?? undefined }, null));
        const sessions = reset.endedSessions === 1 ? '1 session' : `${reset.endedSessions} sessions`;
        process.stdout.write(`Reset the password of ${reset.user.email}; ${sessions} ended, and they can sign in at once.\n`);
        if (reset.isPasswordGenerated) {
          process.stdout.write(`Password (shown only now; hand it over safely): ${reset.password}\n`);
        }
      }),
    );
}
