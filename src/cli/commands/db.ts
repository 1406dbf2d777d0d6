import type { Command } from 'commander';
import { migrate, migrationStatus } from '../../db/migrate';
import { seedDefaultDataset } from '../../app/seed-default-dataset';
import { printJson } from '../output';
import { withDatabase } from '../with-database';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database: migrations, the default dataset, status.');

  db.command('migrate')
    .description('Apply pending migrations.')
    .action(() =>
      withDatabase(async ({ pool, description }) => {
        const applied = await migrate(pool);
        process.stdout.write(applied.length ? `Applied ${applied.length} migration(s) to ${description}: ${applied.join(', ')}\n` : `The database is up to date (${description}).\n`);
      }),
    );

  db.command('seed')
    .description('Load the default dataset: inserts what is missing, never overwrites (running it twice changes nothing).')
    .option('--json', 'print the counts as JSON')
    .action((options: { json?: boolean }) =>
      withDatabase(async ({ pool }) => {
        await migrate(pool);
        const counts = await seedDefaultDataset(pool);
        if (options.json) return printJson(counts);
        const added = Object.entries(counts).filter(([, n]) => n > 0);
        process.stdout.write(
          added.length ? `Added: ${added.map(([table, n]) => `${n} ${table}`).join(', ')}.\n` : 'Nothing to add: the default dataset is already loaded.\n',
        );
      }),
    );

  db.command('status')
    .description('Show the database in use and its migrations.')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) =>
      withDatabase(async ({ pool, description, kind }) => {
        const migrations = await migrationStatus(pool);
        const { rows } = await pool.query<{ plans: number; measures: number; version: string }>(
          `select (select count(*) from pg_tables where tablename = 'plans') as plans_table, version() as version,
                  case when to_regclass('plans') is null then 0 else (select count(*) from plans) end as plans,
                  case when to_regclass('measures') is null then 0 else (select count(*) from measures) end as measures`,
        );
        const status = { database: description, kind, server: rows[0]?.version, migrations, plans: rows[0]?.plans, measures: rows[0]?.measures };
        if (options.json) return printJson(status);
        const pending = migrations.filter((m) => !m.appliedAt).length;
        process.stdout.write(
          [
            `Database:   ${description}`,
            `Server:     ${status.server}`,
            `Migrations: ${migrations.length - pending} applied, ${pending} pending`,
            ...migrations.map((m) => `  ${m.appliedAt ? 'applied' : 'PENDING'}  ${m.id}${m.appliedAt ? `  (${m.appliedAt})` : ''}`),
            `Plans:      ${status.plans}; measures: ${status.measures}`,
            '',
          ].join('\n'),
        );
      }),
    );
}
