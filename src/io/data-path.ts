// Finds the package's own folders (data/, dist/web) whether the code runs from src/ under tsx or
// vitest, or bundled as dist/cli.mjs. ZHOSPAR_DATA_DIR overrides the data folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | null = null;

/** The folder holding Zhospar's package.json. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'zhospar') {
      cachedRoot = folder;
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  cachedRoot = process.cwd();
  return cachedRoot;
}

/** The absolute path of a file or folder inside the data folder. */
export function resolveDataPath(...segments: string[]): string {
  const base = process.env.ZHOSPAR_DATA_DIR ? resolve(process.env.ZHOSPAR_DATA_DIR) : join(packageRoot(), 'data');
  return join(base, ...segments);
}
