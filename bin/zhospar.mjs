#!/usr/bin/env node
// Runs the bundled CLI; `npm ci` builds it (the "prepare" script), `npm run build` rebuilds it.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('zhospar: the application is not built yet. Run `npm run build` (or `npm ci`) first.\n');
  process.exit(1);
}
await import(pathToFileURL(bundle).href);
