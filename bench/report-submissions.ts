// Issue 3 target: 200 concurrent executors, each submitting reports with a 100 KB PDF as evidence
// on its organisation's obligations, for 60 s against the built server on the embedded database:
// >= 200 acknowledged complete submissions a second, p99 <= 250 ms, 0 errors, and every
// acknowledged submission found in the database afterwards as sent (0 lost).
//
// A submission is one request (POST /api/v1/obligations/{id}/report-submissions: the report, its
// evidence and submit=true, written at once), as agency systems send reports. The web editor's
// three-step path (create the draft, upload, submit) is measured with BENCH_REPORT_PATH=three-step,
// as a secondary figure outside the target.
//
// Two phases of BENCH_SECONDS (default 60) each, because the two targets are about two things:
// 1. Capacity: every executor submits again as soon as it is answered (a closed loop). The rate
//    reached is what the server can take: the >= 200/s target. Latency here is mostly waiting in
//    line (200 submissions always in flight: latency = 200 / rate by Little's law), so p99 <= 250
//    ms in this phase would need 800 submissions a second; it is reported, without a target.
// 2. Latency at the target rate: each executor submits once every second (200 a second in all,
//    spread evenly), and latency counts from the moment each submission was due, so a server that
//    falls behind is charged for the backlog: the p99 <= 250 ms target.
// Errors and lost submissions count over both phases.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../src/db/connection';
import { createHttpClient, type HttpClient } from './http-client';
import { median, percentile, type BenchMetric, type BenchResult } from './report';
import { clusterCpuSeconds, cpuSeconds, startEventLoopDelayMonitor, startMachineCpuSampler, type EventLoopDelay, type MachineCpuShares } from './report-submissions-cpu';
import { activitySince, databaseActivity, describeActivity, type DatabaseActivity } from './report-submissions-db-activity';
import { describeWaits, startWaitSampler } from './report-submissions-waits';
import { emptyTimings, evidencePdf, executorLoop, type LoopOutcome, type SubmissionPath, type Timings } from './report-submissions-loops';
import { createBenchExecutors, findLostSubmissions, type BenchExecutor } from './report-submissions-setup';
import { rssMb, startServerProcess } from './server-process';

const PLAN = 'MB-2024-2028';
const TARGET_RATE = 200;

export interface ReportSubmissionsOptions {
  seconds?: number;
  executors?: number;
  path?: SubmissionPath;
  /** Submissions a second offered in the latency phase (all executors together). */
  rate?: number;
}

interface PhaseResult {
  timings: Timings;
  started: number;
  outcomes: LoopOutcome[];
  acknowledged: number;
  elapsedSeconds: number;
  cpu: { server: number; postgres: number; generator: number };
  load: [number, number];
  /** The whole machine's CPU over the phase (null off Linux). */
  machine: MachineCpuShares | null;
  /** How late the load generator's own event loop ran (ms): a late generator sends late, and the
   *  paced phase charges that to the server, so each phase reports it. */
  generatorDelay: EventLoopDelay;
  /** What the database did in the phase. */
  activity: DatabaseActivity;
}

async function runPhase(
  db: Database,
  http: HttpClient,
  executors: BenchExecutor[],
  path: SubmissionPath,
  pdf: Buffer,
  seconds: number,
  processes: { server: number; home: string },
  periodMs?: number,
): Promise<PhaseResult> {
  const timings = emptyTimings();
  const loadBefore = loadavg()[0] ?? 0;
  const activityBefore = await databaseActivity(db.pool);
  const cpuBefore = { server: cpuSeconds([processes.server]), postgres: clusterCpuSeconds(processes.home), generator: process.cpuUsage() };
  const machine = startMachineCpuSampler();
  const generatorDelay = startEventLoopDelayMonitor();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const outcomes = await Promise.all(
    executors.map((executor, i) =>
      executorLoop(http, executor, path, pdf, deadline, timings, periodMs ? { firstAt: started + (i * periodMs) / executors.length, periodMs } : undefined),
    ),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  const generator = process.cpuUsage(cpuBefore.generator);
  return {
    timings,
    started,
    outcomes,
    acknowledged: outcomes.reduce((n, o) => n + o.acknowledged.length, 0),
    // Paced, the rate is over the schedule's length: submissions due in it and answered.
    elapsedSeconds: periodMs ? Math.max(seconds, elapsedSeconds) : elapsedSeconds,
    activity: activitySince(await databaseActivity(db.pool), activityBefore),
    cpu: {
      server: cpuSeconds([processes.server]) - cpuBefore.server,
      postgres: clusterCpuSeconds(processes.home) - cpuBefore.postgres,
      generator: (generator.user + generator.system) / 1e6,
    },
    load: [loadBefore, loadavg()[0] ?? 0],
    machine: machine.stop(),
    generatorDelay: generatorDelay.stop(),
  };
}

function describeMachine(machine: MachineCpuShares | null): string {
  if (!machine) return '';
  const pct = (n: number) => `${n.toFixed(0)} %`;
  return `; the machine's CPUs ${pct(machine.busy)} busy, ${pct(machine.idle)} idle, ${pct(machine.iowait)} waiting for the disk, ${pct(machine.steal)} taken by the host (worst second ${pct(machine.worstSecondSteal)})`;
}

function cpuNote(label: string, phase: PhaseResult): string {
  const per = (s: number) => ((1000 * s) / Math.max(1, phase.acknowledged)).toFixed(2);
  const total = phase.cpu.server + phase.cpu.postgres + phase.cpu.generator;
  return (
    `${label}: CPU per submission ${per(phase.cpu.server)} ms server + ${per(phase.cpu.postgres)} ms PostgreSQL + ${per(phase.cpu.generator)} ms load generator; ` +
    `${total.toFixed(1)} CPU s in ${phase.elapsedSeconds.toFixed(1)} s on ${cpus().length} CPU(s); ${describeActivity(phase.activity, phase.acknowledged)}; 1-minute load average ${phase.load[0].toFixed(1)} at the start, ${phase.load[1].toFixed(1)} at the end` +
    describeMachine(phase.machine) +
    `; the load generator's event loop late by ${phase.generatorDelay.p99.toFixed(0)} ms at p99, ${phase.generatorDelay.max.toFixed(0)} ms at most`
  );
}

/**
 * p99 latency of the submissions due in each window of the phase, e.g. "0-5 s 41 ms": where in time
 * the tail sits (a start-up backlog, periodic stalls, or spread evenly) tells its cause.
 */
function latencyByWindow(phase: PhaseResult, windowSeconds = 5): string {
  const windows = new Map<number, number[]>();
  phase.timings.startedAt.forEach((at, i) => {
    const window = Math.floor((at - phase.started) / 1000 / windowSeconds);
    const values = windows.get(window) ?? [];
    values.push(phase.timings.submission[i]!);
    windows.set(window, values);
  });
  return [...windows]
    .sort(([a], [b]) => a - b)
    .map(([w, values]) => `${w * windowSeconds}-${(w + 1) * windowSeconds} s ${percentile(values, 99).toFixed(0)} ms`)
    .join(', ');
}

export async function benchReportSubmissions(options: ReportSubmissionsOptions = {}): Promise<BenchResult> {
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 60);
  const executorCount = options.executors ?? 200;
  const path: SubmissionPath = options.path ?? (process.env.BENCH_REPORT_PATH === 'three-step' ? 'three-step' : 'one-request');
  const rate = options.rate ?? Number(process.env.BENCH_RATE ?? TARGET_RATE);
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
    // Room for 800 submissions a second in the capacity phase, far above what one machine does,
    // and the paced phase's schedule.
    const perSecondAtFullSpeed = Math.max(4, 800 / executorCount);
    const warmUpEach = 1 + Math.ceil(2 * perSecondAtFullSpeed);
    const capacityEach = Math.ceil(seconds * perSecondAtFullSpeed);
    const pacedEach = Math.ceil((seconds * rate) / executorCount) + 1;
    const executors = await createBenchExecutors(db.pool, leadMeasures, { executors: executorCount, obligationsEach: warmUpEach + capacityEach + pacedEach });
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const pdf = evidencePdf();
    const pids = { server: server.pid, home };
    const take = (count: number) => executors.map((e) => ({ ...e, obligationIds: e.obligationIds.splice(0, count) }));

    // Warm-up, not counted: every executor once, then two seconds of the closed loop.
    await runPhase(db, http, take(1), path, pdf, 60, pids);
    await runPhase(db, http, take(warmUpEach - 1), path, pdf, 2, pids);

    const waitSampler = startWaitSampler(db.pool);
    const capacity = await runPhase(db, http, take(capacityEach), path, pdf, seconds, pids);
    const paced = await runPhase(db, http, take(pacedEach), path, pdf, seconds, pids, (1000 * executorCount) / rate);
    const waits = await waitSampler.stop();
    const serverRss = rssMb(server.pid);

    const outcomes = [...capacity.outcomes, ...paced.outcomes];
    const acknowledged = outcomes.flatMap((o) => o.acknowledged);
    const errors = new Map<string, number>();
    for (const outcome of outcomes) for (const [key, n] of outcome.errors) errors.set(key, (errors.get(key) ?? 0) + n);
    const errorCount = [...errors.values()].reduce((sum, n) => sum + n, 0);
    const lost = await findLostSubmissions(db.pool, acknowledged);
    const exhausted = capacity.outcomes.filter((o) => o.exhausted).length;
    // Paced, an executor that ran out would offer less than the rate: the phase would not measure it.
    const pacedExhausted = paced.outcomes.filter((o) => o.exhausted).length;
    if (pacedExhausted) throw new Error(`${pacedExhausted} executor(s) ran out of obligations in the paced phase: it did not offer ${rate} a second`);

    const p = (values: number[], q: number) => percentile(values, q);
    const target = (op: '<=' | '>=', value: number): Pick<BenchMetric, 'target'> => (isTarget ? { target: { op, value } } : {});
    const steps = (t: Timings, label: string): BenchMetric[] =>
      isTarget
        ? []
        : [
            { name: `${label}create draft p99`, value: p(t.create, 99), unit: 'ms' },
            { name: `${label}evidence upload p99`, value: p(t.evidence, 99), unit: 'ms' },
            { name: `${label}submit request p99`, value: p(t.submit, 99), unit: 'ms' },
          ];
    return {
      name: `Report submissions ${isTarget ? 'in one request' : 'in three steps: create, upload, submit (secondary figure, no target)'} (${executorCount} concurrent executors, 100 KB PDF evidence, built server on the embedded database; ${seconds} s at full speed, then ${seconds} s at ${rate} a second)`,
      metrics: [
        { name: 'submissions per second (full speed)', value: capacity.acknowledged / capacity.elapsedSeconds, unit: '/s', ...target('>=', TARGET_RATE) },
        { name: 'full speed: submission p50 latency', value: median(capacity.timings.submission), unit: 'ms' },
        { name: 'full speed: submission p99 latency', value: p(capacity.timings.submission, 99), unit: 'ms' },
        ...steps(capacity.timings, 'full speed: '),
        { name: `submissions per second (paced at ${rate}/s)`, value: paced.acknowledged / paced.elapsedSeconds, unit: '/s' },
        { name: `at ${rate}/s: submission p50 latency`, value: median(paced.timings.submission), unit: 'ms' },
        { name: `at ${rate}/s: submission p99 latency`, value: p(paced.timings.submission, 99), unit: 'ms', ...target('<=', 250) },
        ...steps(paced.timings, `at ${rate}/s: `),
        { name: 'acknowledged submissions', value: acknowledged.length, unit: 'count' },
        { name: 'errors', value: errorCount, unit: 'count', ...target('<=', 0) },
        { name: 'lost (acknowledged, not in the database as sent)', value: lost.length, unit: 'count', ...target('<=', 0) },
        { name: 'server resident memory at the end', value: serverRss, unit: 'MB' },
        // Where the time goes at full speed: CPU per acknowledged submission, by process.
        { name: 'CPU per submission: server process', value: (1000 * capacity.cpu.server) / Math.max(1, capacity.acknowledged), unit: 'ms' },
        { name: 'CPU per submission: PostgreSQL', value: (1000 * capacity.cpu.postgres) / Math.max(1, capacity.acknowledged), unit: 'ms' },
        { name: 'CPU per submission: load generator', value: (1000 * capacity.cpu.generator) / Math.max(1, capacity.acknowledged), unit: 'ms' },
      ],
      notes: [
        cpuNote('full speed', capacity),
        `full speed: ${describeWaits(waits, capacity.started, paced.started)}`,
        cpuNote(`at ${rate}/s`, paced),
        `at ${rate}/s: ${describeWaits(waits, paced.started, Infinity)}`,
        `at ${rate}/s, p99 latency of the submissions due in each 5 s window: ${latencyByWindow(paced)}`,
        `${cpus().length} CPU(s) shared by the load generator, the server process and PostgreSQL (and whatever else runs on the machine); setup (users, tokens, spare obligations) took ${setupSeconds.toFixed(1)} s.`,
        ...(errorCount ? [`errors by step and status: ${[...errors].map(([k, n]) => `${k} x${n}`).join(', ')}`] : []),
        ...(lost.length ? [`lost report ids (first 10): ${lost.slice(0, 10).join(', ')}`] : []),
        ...(exhausted ? [`${exhausted} executor(s) ran out of obligations before the end of the full-speed phase`] : []),
      ],
    };
  } finally {
    http.close();
    await db.close();
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
