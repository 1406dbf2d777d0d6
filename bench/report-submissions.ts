// Issue 3 target: 200 concurrent executors, each repeatedly submitting a report with a 100 KB PDF
// as evidence on one of its organisation's obligations, for 60 s against the built server on the
// embedded database: >= 200 acknowledged complete submissions a second, p99 <= 250 ms, 0 errors,
// and every acknowledged submission found in the database afterwards (0 lost).
//
// A submission is one request (POST /api/v1/obligations/{id}/report-submissions: the report, its
// evidence and submit=true, in one transaction), as agency systems send reports. The web editor's
// three-step path (create the draft, upload, submit) is measured with
// BENCH_REPORT_PATH=three-step, as a secondary figure outside the target.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/connection';
import { createHttpClient } from './http-client';
import { median, percentile, type BenchResult } from './report';
import { emptyTimings, evidencePdf, executorLoop, type SubmissionPath } from './report-submissions-loops';
import { createBenchExecutors, findLostSubmissions } from './report-submissions-setup';
import { rssMb, startServerProcess } from './server-process';

const PLAN = 'MB-2024-2028';

export interface ReportSubmissionsOptions {
  seconds?: number;
  executors?: number;
  path?: SubmissionPath;
}

/** CPU time (user + system) of processes, in seconds, from /proc (Linux); 0 for a process gone. */
function cpuSeconds(pids: readonly number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // exited
    }
  }
  return ticks / 100;
}

/** The embedded cluster's postmaster and its children (backends, WAL writer...), not other clusters on the machine. */
function clusterPids(home: string): number[] {
  try {
    const postmaster = Number(readFileSync(join(home, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .map(Number)
      .filter((pid) => {
        try {
          return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[1]) === postmaster;
        } catch {
          return false;
        }
      });
    return [postmaster, ...children];
  } catch {
    return [];
  }
}

export async function benchReportSubmissions(options: ReportSubmissionsOptions = {}): Promise<BenchResult> {
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 60);
  const executorCount = options.executors ?? 200;
  const path: SubmissionPath = options.path ?? (process.env.BENCH_REPORT_PATH === 'three-step' ? 'three-step' : 'one-request');
  const isTarget = path === 'one-request';
  const home = mkdtempSync(join(tmpdir(), 'zhospar-bench-'));
  const server = await startServerProcess(home);
  const db = await openDatabase({ home, poolSize: 4 });
  const http = createHttpClient(server.url, executorCount);
  try {
    const setupStarted = performance.now();
    const measures = await http.send('GET', `/api/v1/plans/${PLAN}/measures?limit=500`);
    const leadMeasures = (JSON.parse(measures.body) as { items: Array<{ id: number; leadExecutor: { code: string } }> }).items.map((m) => ({
      id: m.id,
      leadExecutorCode: m.leadExecutor.code,
    }));
    // Room for 800 submissions a second in all (at least 4 per executor), far above what one machine does.
    const obligationsEach = Math.ceil(seconds * Math.max(4, 800 / executorCount)) + 5;
    const executors = await createBenchExecutors(db.pool, leadMeasures, { executors: executorCount, obligationsEach });
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const pdf = evidencePdf();

    // Warm-up: one submission by each of 20 executors, not counted.
    await Promise.all(
      executors.slice(0, 20).map((executor) => executorLoop(http, { ...executor, obligationIds: executor.obligationIds.splice(0, 1) }, path, pdf, performance.now() + 60_000, emptyTimings())),
    );

    const timings = emptyTimings();
    const loadBefore = loadavg()[0] ?? 0;
    const postgresPids = clusterPids(home);
    const cpuBefore = { server: cpuSeconds([server.pid]), postgres: cpuSeconds(postgresPids), generator: process.cpuUsage() };
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const outcomes = await Promise.all(executors.map((executor) => executorLoop(http, executor, path, pdf, deadline, timings)));
    const elapsedSeconds = (performance.now() - started) / 1000;
    const serverRss = rssMb(server.pid);
    const generatorUsage = process.cpuUsage(cpuBefore.generator);
    const cpu = {
      server: cpuSeconds([server.pid]) - cpuBefore.server,
      postgres: cpuSeconds(postgresPids) - cpuBefore.postgres,
      generator: (generatorUsage.user + generatorUsage.system) / 1e6,
    };

    const acknowledged = outcomes.flatMap((o) => o.acknowledged);
    const errors = new Map<string, number>();
    for (const outcome of outcomes) for (const [key, n] of outcome.errors) errors.set(key, (errors.get(key) ?? 0) + n);
    const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
    const lost = await findLostSubmissions(db.pool, acknowledged);
    const exhausted = outcomes.filter((o) => o.exhausted).length;

    const p = (values: number[], q: number) => percentile(values, q);
    const target = <T>(value: T) => (isTarget ? { target: value } : {});
    return {
      name: isTarget
        ? `Report submissions in one request (${executorCount} concurrent executors, ${seconds} s, 100 KB PDF evidence, built server on the embedded database)`
        : `Report submissions in three steps: create, upload, submit (${executorCount} concurrent executors, ${seconds} s, 100 KB PDF evidence; secondary figure, no target)`,
      metrics: [
        { name: 'submissions per second', value: acknowledged.length / elapsedSeconds, unit: '/s', ...target({ op: '>=' as const, value: 200 }) },
        { name: 'submission p50 latency', value: median(timings.submission), unit: 'ms' },
        { name: 'submission p99 latency', value: p(timings.submission, 99), unit: 'ms', ...target({ op: '<=' as const, value: 250 }) },
        ...(isTarget
          ? []
          : [
              { name: 'create draft p50 latency', value: median(timings.create), unit: 'ms' },
              { name: 'create draft p99 latency', value: p(timings.create, 99), unit: 'ms' },
              { name: 'evidence upload p50 latency', value: median(timings.evidence), unit: 'ms' },
              { name: 'evidence upload p99 latency', value: p(timings.evidence, 99), unit: 'ms' },
              { name: 'submit request p50 latency', value: median(timings.submit), unit: 'ms' },
              { name: 'submit request p99 latency', value: p(timings.submit, 99), unit: 'ms' },
            ]),
        { name: 'acknowledged submissions', value: acknowledged.length, unit: 'count' },
        { name: 'errors', value: errorCount, unit: 'count', target: { op: '<=', value: 0 } },
        { name: 'lost (acknowledged, not in the database as sent)', value: lost.length, unit: 'count', target: { op: '<=', value: 0 } },
        { name: 'server resident memory at the end', value: serverRss, unit: 'MB' },
        // Where the time goes: CPU per acknowledged submission (1 or 3 requests), by process.
        { name: 'CPU per submission: server process', value: (1000 * cpu.server) / Math.max(1, acknowledged.length), unit: 'ms' },
        { name: 'CPU per submission: PostgreSQL', value: (1000 * cpu.postgres) / Math.max(1, acknowledged.length), unit: 'ms' },
        { name: 'CPU per submission: load generator', value: (1000 * cpu.generator) / Math.max(1, acknowledged.length), unit: 'ms' },
      ],
      notes: [
        `CPU used in the run: ${(cpu.server + cpu.postgres + cpu.generator).toFixed(1)} s over ${elapsedSeconds.toFixed(1)} s on ${cpus().length} CPU(s)`,
        `${cpus().length} CPU(s) shared by the load generator, the server process and PostgreSQL (1-minute load average ${loadBefore.toFixed(1)} when the run began, ${(loadavg()[0] ?? 0).toFixed(1)} at its end); setup (users, tokens, ${executors.reduce((n, e) => n + e.obligationIds.length, 0)} spare obligations) took ${setupSeconds.toFixed(1)} s.`,
        ...(errorCount ? [`errors by step and status: ${[...errors].map(([k, n]) => `${k} x${n}`).join(', ')}`] : []),
        ...(lost.length ? [`lost report ids (first 10): ${lost.slice(0, 10).join(', ')}`] : []),
        ...(exhausted ? [`${exhausted} executor(s) ran out of obligations before the end`] : []),
      ],
    };
  } finally {
    http.close();
    await db.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
