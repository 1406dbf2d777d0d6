// What each simulated executor does in the report-submission benchmark, again and again until the
// deadline, on a new obligation each time:
// - one request (the target): POST /api/v1/obligations/{id}/report-submissions, multipart with
//   the report's fields, a 100 KB PDF and submit=true: the report is created, given its evidence
//   and submitted in one transaction;
// - three steps (the web editor's path, a secondary figure): create the draft (JSON), upload the
//   PDF (multipart), submit with If-Match.
import { multipartFile, multipartForm, type HttpClient } from './http-client';
import type { AcknowledgedSubmission, BenchExecutor } from './report-submissions-setup';

export const EVIDENCE_BYTES = 100 * 1024;

export type SubmissionPath = 'one-request' | 'three-step';

/** A valid PDF header and trailer around padding: 100 KB that the server types as PDF from its content. */
export function evidencePdf(size = EVIDENCE_BYTES): Buffer {
  const head = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
  const tail = Buffer.from('\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
  const padding = Buffer.alloc(size - head.byteLength - tail.byteLength, 0x20);
  return Buffer.concat([head, padding, tail]);
}

/** Milliseconds per acknowledged submission: the whole submission, and for three steps each step. */
export interface Timings {
  submission: number[];
  /** When each submission in `submission` was due or started (performance.now()), same order. */
  startedAt: number[];
  create: number[];
  evidence: number[];
  submit: number[];
}

export const emptyTimings = (): Timings => ({ submission: [], startedAt: [], create: [], evidence: [], submit: [] });

export interface LoopOutcome {
  acknowledged: AcknowledgedSubmission[];
  errors: Map<string, number>;
  exhausted: boolean;
}

function countError(errors: Map<string, number>, key: string): void {
  errors.set(key, (errors.get(key) ?? 0) + 1);
}

const reportText = (obligationId: number) => `Work done for obligation ${obligationId}: order signed, deliveries started.`;

/** One submission in one request; the report id when acknowledged (201), else an error key. */
async function submitInOneRequest(http: HttpClient, executor: BenchExecutor, obligationId: number, pdf: Buffer, timings: Timings, started: number): Promise<number | string> {
  const form = multipartForm({ text: reportText(obligationId), declaredStatus: 'completed', percentDone: '100', submit: 'true' }, [
    { field: 'file', fileName: `evidence-${obligationId}.pdf`, contentType: 'application/pdf', content: pdf },
  ]);
  const sent = await http.send('POST', `/api/v1/obligations/${obligationId}/report-submissions`, { token: executor.token, body: form.body, contentType: form.contentType });
  const finished = performance.now();
  if (sent.status !== 201) return `submission ${sent.status}`;
  const { id, state } = JSON.parse(sent.body) as { id: number; state: string };
  if (state !== 'submitted') return `submission answered state ${state}`;
  timings.submission.push(finished - started);
  timings.startedAt.push(started);
  return id;
}

/** Create the draft, upload the evidence, submit; the report id when all three are acknowledged. */
async function submitInThreeSteps(http: HttpClient, executor: BenchExecutor, obligationId: number, pdf: Buffer, timings: Timings, started: number): Promise<number | string> {
  const created = await http.send('POST', `/api/v1/obligations/${obligationId}/reports`, {
    token: executor.token,
    json: { text: reportText(obligationId), declaredStatus: 'completed', percentDone: 100 },
  });
  if (created.status !== 201) return `create ${created.status}`;
  const { id } = JSON.parse(created.body) as { id: number };
  const afterCreate = performance.now();
  const form = multipartFile('file', `evidence-${obligationId}.pdf`, 'application/pdf', pdf);
  const uploaded = await http.send('POST', `/api/v1/reports/${id}/evidence`, { token: executor.token, body: form.body, contentType: form.contentType });
  if (uploaded.status !== 201) return `evidence ${uploaded.status}`;
  const { version } = JSON.parse(uploaded.body) as { version: number };
  const afterUpload = performance.now();
  const submitted = await http.send('POST', `/api/v1/reports/${id}/submit`, { token: executor.token, headers: { 'If-Match': `"${version}"` } });
  const finished = performance.now();
  if (submitted.status !== 200) return `submit ${submitted.status}`;
  timings.create.push(afterCreate - started);
  timings.evidence.push(afterUpload - afterCreate);
  timings.submit.push(finished - afterUpload);
  timings.submission.push(finished - started);
  timings.startedAt.push(started);
  return id;
}

/**
 * Without `pace`, the executor submits again as soon as the last submission is answered (a closed
 * loop: how many the server can take). With it, it submits on a schedule, every `periodMs` from
 * `firstAt`: latency counts from the scheduled moment, so a server falling behind is charged for
 * the wait too (no "coordinated omission"), and a submission due before the deadline is made.
 */
export async function executorLoop(
  http: HttpClient,
  executor: BenchExecutor,
  path: SubmissionPath,
  pdf: Buffer,
  deadline: number,
  timings: Timings,
  pace?: { firstAt: number; periodMs: number },
): Promise<LoopOutcome> {
  const outcome: LoopOutcome = { acknowledged: [], errors: new Map(), exhausted: false };
  const submitOne = path === 'one-request' ? submitInOneRequest : submitInThreeSteps;
  let next = 0;
  let scheduled = pace?.firstAt ?? 0;
  for (;;) {
    if (pace) {
      if (scheduled >= deadline) break;
      const wait = scheduled - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    } else if (performance.now() >= deadline) break;
    const obligationId = executor.obligationIds[next++];
    if (obligationId === undefined) {
      outcome.exhausted = true;
      break;
    }
    const started = pace ? scheduled : performance.now();
    scheduled += pace?.periodMs ?? 0;
    try {
      const result = await submitOne(http, executor, obligationId, pdf, timings, started);
      if (typeof result === 'number') outcome.acknowledged.push({ reportId: result, evidenceBytes: pdf.byteLength });
      else countError(outcome.errors, result);
    } catch (error) {
      countError(outcome.errors, `network ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
  return outcome;
}
