import type { Command } from 'commander';
import { databaseOptionsFromEnv } from '../../db/connection';
import { PortInUseError, startServer } from '../../server/start-server';
import { UserError } from '../output';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start the web app and the API (PORT, default 3000; HOST, default 0.0.0.0).')
    .option('-p, --port <port>', 'port to listen on', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', process.env.HOST ?? '0.0.0.0')
    .action(async (options: { port: string; host: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`The port must be a number from 0 to 65535, got "${options.port}".`);
      const log = (line: string) => process.stdout.write(`${line}\n`);
      const server = await startServer({ port, host: options.host, database: databaseOptionsFromEnv(), log }).catch((error: unknown) => {
        throw error instanceof PortInUseError ? new UserError(error.message) : error;
      });
      log(`Zhospar is running at ${server.url} (API documentation: ${server.url}/api/docs). Press Ctrl+C to stop.`);
      await new Promise<void>((resolve) => {
        const shutdown = (signal: string) => {
          log(`Stopping (${signal})...`);
          server.stop().then(resolve, (error: unknown) => {
            process.stderr.write(`Error while stopping: ${String(error)}\n`);
            resolve();
          });
        };
        process.once('SIGINT', () => shutdown('SIGINT'));
        process.once('SIGTERM', () => shutdown('SIGTERM'));
      });
    });
}
