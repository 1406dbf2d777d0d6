// Serves the built web app: files from dist/web, and index.html for every other page path so
// that client-side routes (/ru/measures/12) load the app.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from './context';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

export function registerWebApp(app: OpenAPIHono<AppEnv>, webRoot: string | null): void {
  app.get('*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/api/') || path === '/api') return next();
    if (!webRoot) {
      return c.text('The web app is not built. Run `npm run build`, then restart. The API is at /api/docs.', 503);
    }
    const relative = normalize(decodeURIComponent(path)).replace(/^([/\\])+/, '');
    const candidate = join(webRoot, relative);
    if (candidate.startsWith(webRoot + sep) && (await isFile(candidate))) {
      const isHashedAsset = relative.startsWith(`assets${sep}`) || relative.startsWith('assets/');
      return c.body(await readFile(candidate), 200, {
        'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream',
        'cache-control': isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    }
    if (extname(relative)) return c.notFound();
    return c.body(await readFile(join(webRoot, 'index.html')), 200, {
      'content-type': TYPES['.html']!,
      'cache-control': 'no-cache',
    });
  });
}
