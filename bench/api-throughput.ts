// Issue 2 target: GET /api/v1/plans/{code}/measures serves >= 40% of the rate of a trivial route
// (a constant response through the same middleware), measured in the same run. Both are requested
// as browsers and fetch() request them, with Accept-Encoding; the list's rate for a client that
// accepts no compression is reported beside it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import type { BenchResult } from './report';
import { startServerProcess } from './server-process';

/** What Chromium and Node's fetch() send. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

async function requestsPerSecond(url: string, seconds: number, headers: Record<string, string> = BROWSER_HEADERS): Promise<{ rps: number; p99: number; errors: number; bytes: number }> {
  const result = await autocannon({ url, connections: 32, duration: seconds, pipelining: 1, headers });
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx, bytes: result.throughput.total / Math.max(1, result.requests.total) };
}

export async function benchApiThroughput(seconds = 8): Promise<BenchResult> {
  const home = mkdtempSync(join(tmpdir(), 'zhospar-bench-'));
  const server = await startServerProcess(home);
  try {
    await requestsPerSecond(`${server.url}/api/docs/init.js`, 2); // warm-up
    const trivial = await requestsPerSecond(`${server.url}/api/docs/init.js`, seconds);
    const listUrl = `${server.url}/api/v1/plans/MB-2024-2028/measures`;
    const measures = await requestsPerSecond(listUrl, seconds);
    const uncompressed = await requestsPerSecond(listUrl, seconds, {});
    return {
      name: 'API throughput (autocannon, 32 connections)',
      metrics: [
        { name: 'trivial route rate', value: trivial.rps, unit: 'req/s' },
        { name: 'measures list rate (first page of 50)', value: measures.rps, unit: 'req/s' },
        { name: 'measures list p99 latency', value: measures.p99, unit: 'ms' },
        { name: 'measures list / trivial route', value: (100 * measures.rps) / trivial.rps, unit: '%', target: { op: '>=', value: 40 } },
        { name: 'measures list bytes per response', value: measures.bytes, unit: 'B' },
        { name: 'measures list rate, no Accept-Encoding', value: uncompressed.rps, unit: 'req/s' },
        { name: 'measures list bytes per response, no Accept-Encoding', value: uncompressed.bytes, unit: 'B' },
        { name: 'measures list, no Accept-Encoding / trivial route', value: (100 * uncompressed.rps) / trivial.rps, unit: '%' },
        { name: 'errors', value: trivial.errors + measures.errors + uncompressed.errors, unit: 'count', target: { op: '<=', value: 0 } },
      ],
    };
  } finally {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
