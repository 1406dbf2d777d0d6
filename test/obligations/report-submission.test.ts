// A report written, given its evidence and submitted in one request: what it stores equals what
// the three separate requests store (history, audit rows, obligation status), its answer equals
// what a later read returns, and it is all or nothing (authorisation, file types, limits).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXE_BYTES, PDF_BYTES, PNG_BYTES } from '../../src/core/obligations/zip.fixture';
import { MAX_EVIDENCE_BYTES } from '../../src/core/obligations/evidence-type';
import { sealAuditTrail } from '../../src/app/audit/seal-audit';
import { serve, type ServerType } from '@hono/node-server';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { buildObligation, buildUser } from '../support/factories';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

interface FormFile {
  name: string;
  bytes: Uint8Array;
}

function submissionForm(fields: Record<string, string>, files: FormFile[]): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  for (const file of files) form.append('file', new File([new Uint8Array(file.bytes)], file.name, { type: 'application/pdf' }));
  return form;
}

const send = (obligationId: number, token: string, fields: Record<string, string>, files: FormFile[] = []) =>
  call(app, 'POST', `/api/v1/obligations/${obligationId}/report-submissions`, { token, body: submissionForm(fields, files) });

async function countRows(obligationId: number) {
  const { rows } = await db.pool.query<{ reports: number; files: number; events: number; audit: number }>(
    `select (select count(*) from reports where obligation_id = $1) as reports,
            (select count(*) from evidence_files f join reports r on r.id = f.report_id where r.obligation_id = $1) as files,
            (select count(*) from report_events e join reports r on r.id = e.report_id where r.obligation_id = $1) as events,
            (select count(*) from audit_log where entity_type = 'obligation' and entity_id = $1::text and action <> 'obligation.created') as audit`,
    [obligationId],
  );
  return rows[0]!;
}

describe('one-request report submission', () => {
  it('creates, attaches and submits at once, answering what a later read returns', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'DBK', dueAfter: new Date().toISOString().slice(0, 10) });
    const executor = await buildUser(db.pool, 'DBK', 'executor');
    const pdf = { name: 'Приказ №15.pdf', bytes: PDF_BYTES };
    const png = { name: 'фото.pdf', bytes: PNG_BYTES };
    const result = await send(obligation.id, executor.token, { text: 'Договор подписан, поставки начаты.', declaredStatus: 'completed', percentDone: '100' }, [pdf, png]);
    expect(result.status).toBe(201);
    const report = result.body;
    expect(result.headers.get('location')).toBe(`/api/v1/reports/${report.id}`);
    expect(result.headers.get('etag')).toBe('"2"');
    expect(report).toMatchObject({ state: 'submitted', version: 2, declaredStatus: 'completed', percentDone: 100, text: 'Договор подписан, поставки начаты.' });
    expect(report.evidence.map((f: { fileName: string; kind: string; isSubmitted: boolean }) => [f.fileName, f.kind, f.isSubmitted])).toEqual([
      ['Приказ №15.pdf', 'pdf', true],
      ['фото.png', 'png', true],
    ]);
    expect(report.evidence[0].sha256).toBe(createHash('sha256').update(PDF_BYTES).digest('hex'));
    expect(report.history.map((e: { action: string }) => e.action)).toEqual(['created', 'evidence_added', 'evidence_added', 'submitted']);
    expect(report.obligation.status).toBe('in_progress');

    const read = await call(app, 'GET', `/api/v1/reports/${report.id}`, { token: executor.token });
    expect(read.status).toBe(200);
    expect(report).toEqual(read.body);

    const download = await call(app, 'GET', report.evidence[1].url, { token: executor.token });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');

    await sealAuditTrail(db.pool);
    const audit = await db.pool.query<{ action: string; entity_type: string; entity_id: string; actor_id: number }>(
      `select action, entity_type, entity_id, actor_id from audit_log
        where (entity_type = 'report' and entity_id = $1) or (entity_type = 'evidence' and entity_id = any($2)) or (entity_type = 'obligation' and entity_id = $3 and action <> 'obligation.created')
        order by id`,
      [String(report.id), report.evidence.map((f: { id: number }) => String(f.id)), String(obligation.id)],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'report.created',
      'report.evidence_added',
      'evidence.added',
      'report.evidence_added',
      'evidence.added',
      'report.submitted',
      'obligation.status_changed',
    ]);
    expect(new Set(audit.rows.map((r) => r.actor_id))).toEqual(new Set([executor.userId]));
    const verify = await call(app, 'GET', '/api/v1/audit/verify', { token: (await buildUser(db.pool, 'MIC', 'coordinator')).token });
    expect(verify.body).toMatchObject({ ok: true, firstBadRow: null });
  });

  it('stores what the three separate requests store', async () => {
    const executor = await buildUser(db.pool, 'DBK', 'executor');
    const text = 'Работа выполнена.';
    const one = await buildObligation(db.pool, { leadCode: 'DBK' });
    const sent = await send(one.id, executor.token, { text, declaredStatus: 'completed', percentDone: '100' }, [{ name: 'a.pdf', bytes: PDF_BYTES }]);
    expect(sent.status).toBe(201);

    const three = await buildObligation(db.pool, { leadCode: 'DBK' });
    const created = await call(app, 'POST', `/api/v1/obligations/${three.id}/reports`, { token: executor.token, body: { text, declaredStatus: 'completed', percentDone: 100 } });
    const form = new FormData();
    form.append('file', new File([new Uint8Array(PDF_BYTES)], 'a.pdf'));
    await call(app, 'POST', `/api/v1/reports/${created.body.id}/evidence`, { token: executor.token, body: form });
    const submitted = await call(app, 'POST', `/api/v1/reports/${created.body.id}/submit`, { token: executor.token, ifMatch: 1 });
    expect(submitted.status).toBe(200);

    const shape = (report: typeof sent.body) => ({
      state: report.state,
      version: report.version,
      obligationStatus: report.obligation.status,
      evidence: report.evidence.map((f: Record<string, unknown>) => ({ ...f, id: 0, url: '', uploadedAt: '' })),
      history: report.history.map((e: { action: string; snapshot: { evidence: Array<{ id: number }> } }) => ({
        action: e.action,
        snapshot: { ...e.snapshot, evidence: e.snapshot.evidence.map((f) => ({ ...f, id: 0 })) },
      })),
    });
    expect(shape(sent.body)).toEqual(shape(submitted.body));

    const auditOf = async (reportId: number) => {
      const { rows } = await db.pool.query<{ action: string; before: unknown; after: unknown }>(
        `select action, before, after from audit_log where entity_type = 'report' and entity_id = $1 order by id`,
        [String(reportId)],
      );
      const withoutIds = (value: unknown) => JSON.parse(JSON.stringify(value ?? null).replace(/"id":\d+/g, '"id":0'));
      return rows.map((r) => ({ action: r.action, before: withoutIds(r.before), after: withoutIds(r.after) }));
    };
    expect(await auditOf(sent.body.id)).toEqual(await auditOf(created.body.id));
  });

  it('keeps a draft with its files when submit is "false", and needs text to submit', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'DBK' });
    const executor = await buildUser(db.pool, 'DBK', 'executor');
    const empty = await send(obligation.id, executor.token, { text: '  ' }, [{ name: 'a.pdf', bytes: PDF_BYTES }]);
    expect(empty.status).toBe(422);
    expect(await countRows(obligation.id)).toMatchObject({ reports: 0, files: 0 });

    // A file input left empty in a browser form sends a nameless, empty part: it is not a file.
    const emptyInput = submissionForm({ submit: 'false' }, [{ name: 'a.pdf', bytes: PDF_BYTES }]);
    emptyInput.append('file', new File([], '', { type: 'application/octet-stream' }));
    const draft = await call(app, 'POST', `/api/v1/obligations/${obligation.id}/report-submissions`, { token: executor.token, body: emptyInput });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ state: 'draft', version: 1, firstSubmittedAt: null });
    expect(draft.body.evidence[0]).toMatchObject({ isSubmitted: false, canDelete: true });
    expect(draft.body.obligation.status).toBe(obligation.due < new Date().toISOString().slice(0, 10) ? 'overdue' : 'not_started');
    expect((await call(app, 'GET', `/api/v1/reports/${draft.body.id}`, { token: executor.token })).body).toEqual(draft.body);

    // A second one on the same obligation is refused: the report exists.
    const again = await send(obligation.id, executor.token, { text: 'x' });
    expect(again.status).toBe(409);
  });

  it('refuses other organisations, the public, reviewers and unknown obligations, writing nothing', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'DBK' });
    const stranger = await buildUser(db.pool, 'MIC', 'executor');
    const coExecutor = await buildUser(db.pool, obligation.coCodes[0] ?? 'MIC', 'executor');
    const reviewer = await buildUser(db.pool, 'DBK', 'reviewer');
    const fields = { text: 'Чужой отчёт', declaredStatus: 'completed', percentDone: '100' };
    const file = [{ name: 'a.pdf', bytes: PDF_BYTES }];
    expect((await send(obligation.id, stranger.token, fields, file)).status).toBe(403);
    expect((await send(obligation.id, coExecutor.token, fields, file)).status).toBe(403);
    expect((await send(obligation.id, reviewer.token, fields, file)).status).toBe(403);
    expect((await call(app, 'POST', `/api/v1/obligations/${obligation.id}/report-submissions`, { body: submissionForm(fields, file) })).status).toBe(401);
    expect((await send(999_999_999, stranger.token, fields, file)).status).toBe(404);
    expect(await countRows(obligation.id)).toMatchObject({ reports: 0, files: 0, events: 0, audit: 0 });
  });

  it('refuses a file that is not evidence (415), too large (413), too many files and bad fields (400), writing nothing', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'DBK' });
    const executor = await buildUser(db.pool, 'DBK', 'executor');
    const fields = { text: 'Отчёт', declaredStatus: 'completed', percentDone: '100' };
    const exe = await send(obligation.id, executor.token, fields, [{ name: 'a.pdf', bytes: PDF_BYTES }, { name: 'invoice.pdf', bytes: EXE_BYTES }]);
    expect(exe.status).toBe(415);
    expect(exe.headers.get('content-type')).toMatch(/problem\+json/);
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF_BYTES);
    expect((await send(obligation.id, executor.token, fields, [{ name: 'big.pdf', bytes: big }])).status).toBe(413);
    const tooMuch = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.pdf`, bytes: big.subarray(0, MAX_EVIDENCE_BYTES) }));
    expect((await send(obligation.id, executor.token, fields, tooMuch)).status).toBe(413);
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.pdf`, bytes: PDF_BYTES }));
    expect((await send(obligation.id, executor.token, fields, many)).status).toBe(400);
    expect((await send(obligation.id, executor.token, { ...fields, percentDone: '101' }, [])).status).toBe(400);
    expect(await countRows(obligation.id)).toMatchObject({ reports: 0, files: 0, events: 0, audit: 0 });
  });

  it('lets one of several concurrent submissions on an obligation through, and writes it once', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'DBK' });
    const executor = await buildUser(db.pool, 'DBK', 'executor');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => send(obligation.id, executor.token, { text: `Отчёт ${i}`, declaredStatus: 'completed', percentDone: '100' }, [{ name: 'a.pdf', bytes: PDF_BYTES }])),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await countRows(obligation.id)).toMatchObject({ reports: 1, files: 1, events: 3 });
  });

  it('writes nothing when the obligation changes between reading and writing, and reads it again', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'DBK', dueAfter: new Date().toISOString().slice(0, 10) });
    const executor = await buildUser(db.pool, 'DBK', 'executor');
    // Every read of the obligation by the submission is followed by a change of the obligation
    // (as a reschedule would make) until the third: two attempts are refused by the guard.
    let changes = 0;
    const pool = db.pool;
    const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
    const spy = async (...args: unknown[]) => {
      const result = await query(...args);
      const config = args[0] as { name?: string };
      if (config?.name === 'report-submission-target' && changes < 2) {
        changes += 1;
        await query('update obligations set version = version + 1 where id = $1', [obligation.id]);
      }
      return result;
    };
    (pool as unknown as { query: typeof spy }).query = spy;
    try {
      const { submitReportWithEvidence } = await import('../../src/app/reports/submit-report-with-evidence');
      const report = await submitReportWithEvidence(pool, executor.actor, obligation.id, {
        fields: { text: 'Готово', declaredStatus: 'completed', percentDone: 100 },
        files: [{ name: 'a.pdf', bytes: PDF_BYTES }],
        submit: true,
      });
      expect(changes).toBe(2);
      expect(report.state).toBe('submitted');
    } finally {
      (pool as unknown as { query: typeof query }).query = query;
    }
    expect(await countRows(obligation.id)).toMatchObject({ reports: 1, files: 1, events: 3 });
  });

  it('reads the body from the Node server as sent, and refuses one over the limit as it arrives (413)', async () => {
    const server: ServerType = await new Promise((resolve) => {
      const instance = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(instance));
    });
    const address = server.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      const obligation = await buildObligation(db.pool, { leadCode: 'DBK' });
      const executor = await buildUser(db.pool, 'DBK', 'executor');
      const big = new Uint8Array(300 * 1024).fill(0x20);
      big.set(PDF_BYTES);
      const headers = { authorization: `Bearer ${executor.token}` };
      const response = await fetch(`${url}/api/v1/obligations/${obligation.id}/report-submissions`, {
        method: 'POST',
        headers,
        body: submissionForm({ text: 'По сети', declaredStatus: 'completed', percentDone: '100' }, [{ name: 'скан.pdf', bytes: big }]),
      });
      expect(response.status).toBe(201);
      const report = (await response.json()) as { evidence: Array<{ url: string; sizeBytes: number; fileName: string }> };
      expect(report.evidence[0]).toMatchObject({ sizeBytes: big.byteLength, fileName: 'скан.pdf' });
      const stored = await fetch(`${url}${report.evidence[0]!.url}`, { headers });
      expect(new Uint8Array(await stored.arrayBuffer())).toEqual(big);

      // Sent in chunks without a length: refused once past 20 MB and the envelope, nothing written.
      const other = await buildObligation(db.pool, { leadCode: 'DBK' });
      const chunk = new Uint8Array(1024 * 1024);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 22) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const tooBig = await fetch(`${url}/api/v1/obligations/${other.id}/report-submissions`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'multipart/form-data; boundary=x' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(tooBig.status).toBe(413);
      expect(await countRows(other.id)).toMatchObject({ reports: 0, files: 0 });
    } finally {
      server.close();
    }
  });

  it('is in the OpenAPI document as multipart/form-data', async () => {
    const { body } = await call(app, 'GET', '/api/openapi.json');
    const operation = body.paths['/api/v1/obligations/{id}/report-submissions'].post;
    const schema = operation.requestBody.content['multipart/form-data'].schema;
    const form = schema.$ref ? body.components.schemas[schema.$ref.split('/').at(-1)] : schema;
    expect(Object.keys(form.properties)).toEqual(expect.arrayContaining(['text', 'declaredStatus', 'percentDone', 'submit', 'file']));
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '403', '409', '413', '415']));
  });
});
