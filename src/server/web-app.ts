// Serves the built web app: files from dist/web, and index.html for every other page path so
// that client-side routes (/ru/measures/12) load the app. Files are kept in memory with their
// compressed forms (made on first demand), checked against the file's size and time on each
// request, so a rebuild is served at once.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { EncodedBody } from '../io/encoded-body';
import type { AppEnv } from './context';
import { sendEncodedBody } from './send-encoded-body';

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

/** Formats that are compressed already: compressing them again costs CPU and saves nothing. */
const PRECOMPRESSED = new Set(['.png', '.woff2']);

interface CachedFile {
  size: number;
  mtimeMs: number;
  body: EncodedBody;
}

const files = new Map<string, CachedFile>();

/** The file at `path` ready to send, or null when there is no such file. */
async function webFile(path: string): Promise<EncodedBody | null> {
  let facts;
  try {
    facts = await stat(path);
  } catch {
    return null;
  }
  if (!facts.isFile()) return null;
  const cached = files.get(path);
  if (cached && cached.size === facts.size && cached.mtimeMs === facts.mtimeMs) return cached.body;
  const extension = extname(path);
  const body = new EncodedBody(await readFile(path), TYPES[extension] ?? 'application/octet-stream', !PRECOMPRESSED.has(extension));
  files.set(path, { size: facts.size, mtimeMs: facts.mtimeMs, body });
  return body;
}

/** The request path as a file path, or null when it is not valid percent-encoding. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

export function registerWebApp(app: OpenAPIHono<AppEnv>, webRoot: string | null): void {
  app.get('*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    if (path.startsWith('/api/') || path === '/api') return next();
    if (!webRoot) {
      return c.text('The web app is not built. Run `npm run build`, then restart. The API is at /api/docs.', 503);
    }
    const decoded = decodedPath(path);
    if (decoded === null) return c.notFound();
    const relative = normalize(decoded).replace(/^([/\\])+/, '');
    const candidate = join(webRoot, relative);
    const file = candidate.startsWith(webRoot + sep) ? await webFile(candidate) : null;
    if (file) {
      const isHashedAsset = relative.startsWith(`assets${sep}`) || relative.startsWith('assets/');
      return sendEncodedBody(c, file, isHashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    if (extname(relative)) return c.notFound();
    const index = await webFile(join(webRoot, 'index.html'));
    return index ? sendEncodedBody(c, index) : c.notFound();
  });
}
