// Issue 3 target: 200 concurrent executors, each repeatedly opening a report on one of its
// organisation's obligations, attaching a 100 KB PDF and submitting it, for 60 s against the built
// server on the embedded database: >= 200 submissions/s, p99 <= 250 ms, 0 errors, and every
// acknowledged submission found in the database afterwards (0 lost).
//
// Latency is reported for the submit request alone (the target) and for the whole sequence
// (create the draft + upload the evidence + submit), with the two other steps beside them.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/connection';
import { createHttpClient, multipartFile, type HttpClient } from './http-client';
import { median, percentile, type BenchResult } from './report';
import { createBenchExecutors, findLostSubmissions, type AcknowledgedSubmission, type BenchExecutor } from './report-submissions-setup';
import { rssMb, startServerProcess } from './server-process';

const PLAN = 'MB-2024-2028';
const EVIDENCE_BYTES = 100 * 1024;

export interface ReportSubmissionsOptions {
  seconds?: number;
  executors?: number;
}

/** A valid PDF header and trailer around padding: 100 KB that the server types as PDF from its content. */
export function evidencePdf(size = EVIDENCE_BYTES): Buffer {
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
  const tail = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
  const padding = Buffer.alloc(size - head.byteLength - tail.byteLength, 0x20);
  return Buffer.concat([head, padding, tail]);
}

export interface Timings {
  create: number[];
  evidence: number[];
  submit: number[];
  sequence: number[];
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

interface LoopOutcome {
  acknowledged: AcknowledgedSubmission[];
  errors: Map<string, number>;
  exhausted: boolean;
}

function countError(errors: Map<string, number>, key: string): void {
  errors.set(key, (errors.get(key) ?? 0) + 1);
}

export async function executorLoop(http: HttpClient, executor: BenchExecutor, pdf: Buffer, deadline: number, timings: Timings): Promise<LoopOutcome> {
  const outcome: LoopOutcome = { acknowledged: [], errors: new Map(), exhausted: false };
  let next = 0;
  while (performance.now() < deadline) {
    const obligationId = executor.obligationIds[next++];
    if (obligationId === undefined) {
      outcome.exhausted = true;
      break;
    }
    try {
      const started = performance.now();
      let created = await http.send('POST', `/api/v1/obligations/${obligationId}/reports`, {
        token: executor.token,
        json: { text: `Work done for obligation ${obligationId}: order signed, deliveries started.`, declaredStatus: 'completed', percentDone: 100 },
      });
      if (created.status === 409) {
        // The obligation has a report already (a retried run): find it and carry on with it.
        const obligation = await http.send('GET', `/api/v1/obligations/${obligationId}`, { token: executor.token });
        const reportId = (JSON.parse(obligation.body) as { report: { id: number } | null }).report?.id;
        created = reportId ? await http.send('GET', `/api/v1/reports/${reportId}`, { token: executor.token }) : created;
      }
      if (created.status !== 201 && created.status !== 200) {
        countError(outcome.errors, `create ${created.status}`);
        continue;
      }
      const { id } = JSON.parse(created.body) as { id: number };
      const afterCreate = performance.now();
      const form = multipartFile('file', `evidence-${obligationId}.pdf`, 'application/pdf', pdf);
      const uploaded = await http.send('POST', `/api/v1/reports/${id}/evidence`, { token: executor.token, body: form.body, contentType: form.contentType });
      if (uploaded.status !== 201) {
        countError(outcome.errors, `evidence ${uploaded.status}`);
        continue;
      }
      const { version } = JSON.parse(uploaded.body) as { version: number };
      const afterUpload = performance.now();
      const submitted = await http.send('POST', `/api/v1/reports/${id}/submit`, { token: executor.token, headers: { 'If-Match': `"${version}"` } });
      const finished = performance.now();
      if (submitted.status !== 200) {
        countError(outcome.errors, `submit ${submitted.status}`);
        continue;
      }
      timings.create.push(afterCreate - started);
      timings.evidence.push(afterUpload - afterCreate);
      timings.submit.push(finished - afterUpload);
      timings.sequence.push(finished - started);
      outcome.acknowledged.push({ reportId: id, evidenceBytes: pdf.byteLength });
    } catch (error) {
      countError(outcome.errors, `network ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return outcome;
}

export async function benchReportSubmissions(options: ReportSubmissionsOptions = {}): Promise<BenchResult> {
  const seconds = options.seconds ?? Number(process.env.BENCH_SECONDS ?? 60);
  const executorCount = options.executors ?? 200;
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

    // Warm-up: one sequence per executor's organisation path, not counted.
    const warmup: Timings = { create: [], evidence: [], submit: [], sequence: [] };
    await Promise.all(executors.slice(0, 20).map((executor) => executorLoop(http, { ...executor, obligationIds: executor.obligationIds.splice(0, 1) }, pdf, performance.now() + 60_000, warmup)));

    const timings: Timings = { create: [], evidence: [], submit: [], sequence: [] };
    const loadBefore = loadavg()[0] ?? 0;
    const postgresPids = clusterPids(home);
    const cpuBefore = { server: cpuSeconds([server.pid]), postgres: cpuSeconds(postgresPids), generator: process.cpuUsage() };
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const outcomes = await Promise.all(executors.map((executor) => executorLoop(http, executor, pdf, deadline, timings)));
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
    return {
      name: `Report submissions (${executorCount} concurrent executors, ${seconds} s, 100 KB PDF evidence, built server on the embedded database)`,
      metrics: [
        { name: 'submissions per second', value: acknowledged.length / elapsedSeconds, unit: '/s', target: { op: '>=', value: 200 } },
        { name: 'submit request p50 latency', value: median(timings.submit), unit: 'ms' },
        { name: 'submit request p99 latency', value: p(timings.submit, 99), unit: 'ms', target: { op: '<=', value: 250 } },
        { name: 'whole sequence p50 latency', value: median(timings.sequence), unit: 'ms' },
        { name: 'whole sequence p99 latency', value: p(timings.sequence, 99), unit: 'ms' },
        { name: 'create draft p50 latency', value: median(timings.create), unit: 'ms' },
        { name: 'create draft p99 latency', value: p(timings.create, 99), unit: 'ms' },
        { name: 'evidence upload p50 latency', value: median(timings.evidence), unit: 'ms' },
        { name: 'evidence upload p99 latency', value: p(timings.evidence, 99), unit: 'ms' },
        { name: 'acknowledged submissions', value: acknowledged.length, unit: 'count' },
        { name: 'errors', value: errorCount, unit: 'count', target: { op: '<=', value: 0 } },
        { name: 'lost (acknowledged, not in the database as sent)', value: lost.length, unit: 'count', target: { op: '<=', value: 0 } },
        { name: 'server resident memory at the end', value: serverRss, unit: 'MB' },
        // Where the time goes: CPU per acknowledged submission (3 requests), by process.
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
