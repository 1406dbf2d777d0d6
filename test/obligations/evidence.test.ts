// Evidence files: typed by content, size-limited, names sanitised, stored in the database, served
// as attachments to those who may see the report, removable only before submission.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../src/core/obligations/evidence-type';
import { EXE_BYTES, minimalDocx, minimalXlsx, PDF_BYTES, PNG_BYTES, JPEG_BYTES } from '../../src/core/obligations/zip.fixture';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { buildReport, buildUser } from '../support/factories';
import { call, fileForm, type App } from './requests';

let app: App;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

const upload = (reportId: number, token: string, name: string, bytes: Uint8Array) =>
  call(app, 'POST', `/api/v1/reports/${reportId}/evidence`, { token, body: fileForm(name, bytes, 'application/pdf') });

describe('evidence uploads', () => {
  it('types files by their content and keeps Cyrillic names', async () => {
    const { report, author } = await buildReport(db.pool);
    const cases: Array<[string, Uint8Array, string, string]> = [
      ['Приказ №15 от 01.04.2025.pdf', PDF_BYTES, 'pdf', 'Приказ №15 от 01.04.2025.pdf'],
      ['скан.pdf', PNG_BYTES, 'png', 'скан.png'],
      ['фото', JPEG_BYTES, 'jpeg', 'фото.jpg'],
      ['C:\\Documents\\Есеп.docx', minimalDocx(), 'docx', 'Есеп.docx'],
      ['таблица.bin', minimalXlsx(), 'xlsx', 'таблица.bin.xlsx'],
    ];
    for (const [name, bytes, kind, stored] of cases) {
      const result = await upload(report.id, author.token, name, bytes);
      expect(result.status, name).toBe(201);
      const file = result.body.evidence.at(-1);
      expect(file).toMatchObject({ kind, fileName: stored, sizeBytes: bytes.byteLength, isSubmitted: false, canDelete: true });
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });

  it('refuses an executable renamed .pdf (415) and a file over the limit (413), storing nothing', async () => {
    const { report, author } = await buildReport(db.pool);
    const exe = await upload(report.id, author.token, 'invoice.pdf', EXE_BYTES);
    expect(exe.status).toBe(415);
    expect(exe.headers.get('content-type')).toMatch(/problem\+json/);
    const big = new Uint8Array(MAX_EVIDENCE_BYTES + 1);
    big.set(PDF_BYTES);
    expect((await upload(report.id, author.token, 'big.pdf', big)).status).toBe(413);
    const huge = new Uint8Array(MAX_EVIDENCE_BYTES + 200 * 1024);
    huge.set(PDF_BYTES);
    expect((await upload(report.id, author.token, 'huge.pdf', huge)).status).toBe(413);
    const { rows } = await db.pool.query<{ n: number }>('select count(*) as n from evidence_files where report_id = $1', [report.id]);
    expect(rows[0]!.n).toBe(0);
  });

  it('needs a file field', async () => {
    const { report, author } = await buildReport(db.pool);
    const form = new FormData();
    form.append('other', 'x');
    expect((await call(app, 'POST', `/api/v1/reports/${report.id}/evidence`, { token: author.token, body: form })).status).toBe(400);
  });

  it('lets co-executors attach files, and only the lead or the uploader remove them', async () => {
    const { report, author, obligation } = await buildReport(db.pool);
    const co = await buildUser(db.pool, obligation.coCodes[0]!, 'executor');
    const added = await upload(report.id, co.token, 'вклад.pdf', PDF_BYTES);
    expect(added.status).toBe(201);
    const coFile = added.body.evidence[0];
    expect(coFile.organizationCode).toBe(obligation.coCodes[0]);
    const leadFile = (await upload(report.id, author.token, 'основной.pdf', PDF_BYTES)).body.evidence[1];
    expect((await call(app, 'DELETE', `/api/v1/evidence/${leadFile.id}`, { token: co.token })).status).toBe(403);
    const removed = await call(app, 'DELETE', `/api/v1/evidence/${coFile.id}`, { token: author.token });
    expect(removed.status).toBe(200);
    expect(removed.body.evidence.map((f: { id: number }) => f.id)).toEqual([leadFile.id]);
    const audit = await db.pool.query<{ action: string }>("select action from audit_log where entity_type = 'evidence' and entity_id = $1 order by id", [String(coFile.id)]);
    expect(audit.rows.map((r) => r.action)).toEqual(['evidence.added', 'evidence.removed']);
  });
});

describe('evidence downloads and the record', () => {
  it('serves the file as a nosniff attachment to those who may see the report, and keeps submitted files', async () => {
    const { report, author } = await buildReport(db.pool);
    const uploaded = await upload(report.id, author.token, 'Есеп "итог".pdf', PDF_BYTES);
    const file = uploaded.body.evidence[0];
    expect(file.fileName).toBe('Есеп _итог_.pdf');
    const download = await app.request(`/api/v1/evidence/${file.id}`, { headers: { authorization: `Bearer ${author.token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(`attachment; filename="____ ______.pdf"; filename*=UTF-8''%D0%95%D1%81%D0%B5%D0%BF%20_%D0%B8%D1%82%D0%BE%D0%B3_.pdf`);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PDF_BYTES);

    // A draft's file is nobody else's business.
    expect((await call(app, 'GET', `/api/v1/evidence/${file.id}`)).status).toBe(404);
    const stranger = await buildUser(db.pool, 'KTZ', 'executor');
    expect((await call(app, 'GET', `/api/v1/evidence/${file.id}`, { token: stranger.token })).status).toBe(404);

    const submitted = await call(app, 'POST', `/api/v1/reports/${report.id}/submit`, { token: author.token, ifMatch: report.version });
    expect(submitted.body.evidence[0]).toMatchObject({ isSubmitted: true, canDelete: false });
    expect((await call(app, 'DELETE', `/api/v1/evidence/${file.id}`, { token: author.token })).status).toBe(409);
    expect((await upload(report.id, author.token, 'ещё.pdf', PDF_BYTES)).status).toBe(409);

    const reviewer = await buildUser(db.pool, 'MIC', 'reviewer');
    await call(app, 'POST', `/api/v1/reports/${report.id}/accept`, { token: reviewer.token, ifMatch: submitted.body.version });
    const publicDownload = await call(app, 'GET', `/api/v1/evidence/${file.id}`);
    expect(publicDownload.status).toBe(200);
  });
});
