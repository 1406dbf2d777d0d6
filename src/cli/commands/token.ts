// `zhospar token create | revoke`: personal API tokens for scripts and integrations. Audited with no
// user (the command line has no signed-in user) but with the command and the operating-system account.
import type { Command } from 'commander';
import { createApiTokenForEmail } from '../../app/auth/create-api-token';
import { revokeAllApiTokensOf, revokeApiTokenByReference } from '../../app/auth/revoke-api-tokens';
import { UserError } from '../output';
import { withMigratedDatabase } from '../with-database';
import { asUserError } from './user';

export function registerTokenCommands(program: Command): void {
  const token = program.command('token').description('Personal API tokens: `Authorization: Bearer <token>` with the permissions of its user.');

  token
    .command('create')
    .description('Create a token for a user and print it once (on standard output alone, for scripts).')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'what the token is for', 'CLI token')
    .action((options: { email: string; name: string }) =>
      withMigratedDatabase(async ({ pool }) => {
        const { record, token: secret } = await asUserError(createApiTokenForEmail(pool, { email: options.email, name: options.name }, null));
        process.stderr.write(`Created API token ${record.id} "${record.name}" (${record.prefix}...) for ${options.email}. It is shown only now:\n`);
        process.stdout.write(`${secret}\n`);
      }),
    );

  token
    .command('revoke')
    .description('Revoke a token by its id or prefix, or every token of a user with --email E --all.')
    .argument('[reference]', 'token id, or its prefix (zsp_ and at least 4 more characters)')
    .option('--email <email>', 'with --all: the user whose tokens to revoke')
    .option('--all', 'revoke every token of the user given by --email')
    .action((reference: string | undefined, options: { email?: string; all?: boolean }) =>
      withMigratedDatabase(async ({ pool }) => {
        if (options.all || options.email) {
          if (!options.all || !options.email || reference) throw new UserError('Use either `zhospar token revoke <id or prefix>` or `zhospar token revoke --email E --all`.');
          const count = await asUserError(revokeAllApiTokensOf(pool, options.email, null));
          process.stdout.write(`Revoked ${count} token(s) of ${options.email}.\n`);
          return;
        }
        if (!reference) throw new UserError('Name the token to revoke by its id or prefix, or use --email E --all.');
        const revoked = await asUserError(revokeApiTokenByReference(pool, reference, null));
        process.stdout.write(`Revoked API token ${revoked.id} "${revoked.name}" (${revoked.prefix}...).${revoked.revokedAt ? ' It had already been revoked.' : ''}\n`);
      }),
    );
}
