// Issue 2 target: GET /api/v1/plans/{code}/measures serves >= 40% of the rate of a trivial route
// (a constant response through the same middleware), measured in the same run. Both are requested
// as browsers and fetch() request them, with Accept-Encoding; the list's rate for a client that
// accepts no compression is reported beside it. The load generator (http-load.ts) reads bodies
// without decoding them, so that a larger answer costs the shared CPUs the server's work, not the
// generator's; the server's CPU per request is reported for each route.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runHttpLoad } from './http-load';
import type { BenchResult } from './report';
import { clusterCpuSeconds, cpuSeconds } from './report-submissions-cpu';
import { startServerProcess } from './server-process';

/** What Chromium and Node's fetch() send. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

const CONNECTIONS = 32;

/** The rate, p99, errors and bytes of one route, and the CPU the server and PostgreSQL spent per request. */
async function measureRoute(url: string, server: { pid: number; home: string }, seconds: number, headers: Record<string, string> = BROWSER_HEADERS) {
  const before = { server: cpuSeconds([server.pid]), database: clusterCpuSeconds(server.home) };
  const load = await runHttpLoad(url, { connections: CONNECTIONS, seconds, headers });
  const perRequestUs = (now: number, then: number) => ((now - then) / Math.max(1, load.requests)) * 1e6;
  return { ...load, serverUs: perRequestUs(cpuSeconds([server.pid]), before.server), databaseUs: perRequestUs(clusterCpuSeconds(server.home), before.database) };
}

export async function benchApiThroughput(seconds = 8): Promise<BenchResult> {
  const home = mkdtempSync(join(tmpdir(), 'zhospar-bench-'));
  const server = await startServerProcess(home);
  const measured = { pid: server.pid, home };
  try {
    const trivialUrl = `${server.url}/api/docs/init.js`;
    const listUrl = `${server.url}/api/v1/plans/MB-2024-2028/measures`;
    await measureRoute(trivialUrl, measured, 2); // warm-up
    await measureRoute(listUrl, measured, 2);
    const trivial = await measureRoute(trivialUrl, measured, seconds);
    const measures = await measureRoute(listUrl, measured, seconds);
    const uncompressed = await measureRoute(listUrl, measured, seconds, {});
    const cpuNote = (name: string, route: typeof trivial) => `${name}: ${route.serverUs.toFixed(0)} µs of server CPU and ${route.databaseUs.toFixed(0)} µs of PostgreSQL a request`;
    return {
      name: `API throughput (${CONNECTIONS} keep-alive connections, closed loop)`,
      metrics: [
        { name: 'trivial route rate', value: trivial.rate, unit: 'req/s' },
        { name: 'measures list rate (first page of 50)', value: measures.rate, unit: 'req/s' },
        { name: 'measures list p99 latency', value: measures.p99Ms, unit: 'ms' },
        { name: 'measures list / trivial route', value: (100 * measures.rate) / trivial.rate, unit: '%', target: { op: '>=', value: 40 } },
        { name: 'measures list bytes per response', value: measures.bytesPerResponse, unit: 'B' },
        { name: 'measures list rate, no Accept-Encoding', value: uncompressed.rate, unit: 'req/s' },
        { name: 'measures list bytes per response, no Accept-Encoding', value: uncompressed.bytesPerResponse, unit: 'B' },
        { name: 'measures list, no Accept-Encoding / trivial route', value: (100 * uncompressed.rate) / trivial.rate, unit: '%' },
        { name: 'errors', value: trivial.errors + measures.errors + uncompressed.errors, unit: 'count', target: { op: '<=', value: 0 } },
      ],
      notes: [cpuNote('trivial route', trivial), cpuNote('measures list', measures), cpuNote('measures list, no Accept-Encoding', uncompressed)],
    };
  } finally {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
