// The benchmarks' load generator reads answers by their Content-Length without decoding them: it
// must count every answer once, whole, however the bytes arrive, and count what it cannot read
// (an error status, a body without a declared length) as errors rather than as served requests.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runHttpLoad } from '../../bench/http-load';

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: RequestListener): Promise<string> {
  server = createServer({ keepAlive: true }, handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/list?page=1`;
}

const BODY = Buffer.alloc(11_131, 'x');

describe('the HTTP load generator', () => {
  it('counts each answer once, with its head and body bytes, and sends the headers it is given', async () => {
    let served = 0;
    let acceptEncoding: string | undefined;
    const url = await serve((request, response) => {
      served += 1;
      acceptEncoding = request.headers['accept-encoding'];
      expect(request.url).toBe('/list?page=1');
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': BODY.byteLength }).end(BODY);
    });
    const result = await runHttpLoad(url, { connections: 4, seconds: 0.5, headers: { 'accept-encoding': 'br' } });
    expect(result.errors).toBe(0);
    expect(result.requests).toBeGreaterThan(20);
    expect(result.requests).toBe(served);
    expect(result.bytesPerResponse).toBeGreaterThan(BODY.byteLength);
    expect(result.bytesPerResponse).toBeLessThan(BODY.byteLength + 300);
    expect(acceptEncoding).toBe('br');
    expect(result.p99Ms).toBeGreaterThanOrEqual(result.p50Ms);
  });

  it('reads an answer whose head and body arrive in many small pieces', async () => {
    const url = await serve((request, response) => {
      request.socket.setNoDelay(true);
      response.writeHead(200, { 'content-length': BODY.byteLength });
      response.flushHeaders();
      const pieces = [BODY.subarray(0, 1), BODY.subarray(1, 5000), BODY.subarray(5000)];
      const next = () => {
        const piece = pieces.shift();
        if (!piece) return response.end();
        response.write(piece);
        setTimeout(next, 2);
      };
      next();
    });
    const result = await runHttpLoad(url, { connections: 2, seconds: 0.3 });
    expect(result.errors).toBe(0);
    expect(result.requests).toBeGreaterThan(5);
  });

  it('counts error statuses as errors', async () => {
    const url = await serve((_request, response) => response.writeHead(500, { 'content-length': 2 }).end('no'));
    const result = await runHttpLoad(url, { connections: 2, seconds: 0.2 });
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toBe(result.requests);
  });

  it('refuses an answer without a Content-Length (chunked) as an error, not a served request', async () => {
    const url = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('part one');
      response.end('part two');
    });
    const result = await runHttpLoad(url, { connections: 3, seconds: 0.2 });
    expect(result.requests).toBe(0);
    expect(result.errors).toBe(3);
  });

  it('gives up on an answer that never comes, as an error, soon after the duration', async () => {
    const url = await serve(() => undefined);
    const started = performance.now();
    const result = await runHttpLoad(url, { connections: 2, seconds: 0.1, graceSeconds: 0.2 });
    expect(result).toMatchObject({ requests: 0, errors: 2 });
    expect(performance.now() - started).toBeLessThan(2000);
    server!.closeAllConnections();
  });
});
