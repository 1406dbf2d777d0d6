// Entry point of the bundled CLI (dist/cli.mjs) and of `tsx src/cli/run.ts`.
import { main } from './main';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`zhospar: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
