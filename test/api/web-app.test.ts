// The built web app as the server sends it: files, the page fallback for client-side routes,
// compression, revalidation, caching headers and paths that must not escape the app's folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app';
import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
let app: ReturnType<typeof createApp>;
const root = mkdtempSync(join(tmpdir(), 'zhospar-web-'));
const script = `export const strings = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `Машина жасау ${i}`))};\n`;
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 4000 }, (_, i) => i % 251)]);

beforeAll(async () => {
  mkdirSync(join(root, 'web', 'assets'), { recursive: true });
  writeFileSync(join(root, 'web', 'index.html'), '<!doctype html><title>Zhospar</title><div id="root"></div>');
  writeFileSync(join(root, 'web', 'assets', 'index-abc123.js'), script);
  writeFileSync(join(root, 'web', 'logo.png'), png);
  writeFileSync(join(root, 'secret.txt'), 'outside the web folder');
  db = await createTestDatabase();
  app = createApp({ pool: db.pool, version: 'test', webRoot: join(root, 'web') });
});
afterAll(async () => {
  await db.drop();
  rmSync(root, { recursive: true, force: true });
});

describe('web app files', () => {
  it('sends hashed assets compressed and cacheable for a year, and 304 to a client that has them', async () => {
    const response = await app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(Buffer.byteLength(script) / 3);
    expect(brotliDecompressSync(bytes).toString('utf8')).toBe(script);

    const again = await app.request('/assets/index-abc123.js', { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('sends images as they are, compressed already', async () => {
    const response = await app.request('/logo.png', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await response.arrayBuffer()).equals(png)).toBe(true);
  });

  it('answers page paths with index.html, never cached without revalidation, and serves a rebuilt page at once', async () => {
    const page = await app.request('/ru/measures/12');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<title>Zhospar</title>');

    writeFileSync(join(root, 'web', 'index.html'), '<!doctype html><title>Zhospar, rebuilt</title><div id="root"></div>');
    expect(await (await app.request('/kk')).text()).toContain('<title>Zhospar, rebuilt</title>');
  });

  it('answers 404 for missing files, broken escapes and paths that climb out of the folder', async () => {
    expect((await app.request('/assets/missing.js')).status).toBe(404);
    expect((await app.request('/%E0%A4%A.js')).status).toBe(404);
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await app.request(path);
      expect(await response.text()).not.toContain('outside the web folder');
    }
  });
});
