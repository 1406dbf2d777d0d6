// Bundles the server and CLI into dist/cli.mjs. Dependencies stay external (loaded from
// node_modules); only our own TypeScript is compiled, so the build takes about a second.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/run.ts'],
  outfile: 'dist/cli.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
