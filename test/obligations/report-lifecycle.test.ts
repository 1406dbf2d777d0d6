// A report from draft to accepted through the API: edit, contribute, submit, return with a comment,
// revise, resubmit, accept; the whole history kept; versions (If-Match or body) guard every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { buildObligation, buildReport, buildUser } from '../support/factories';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
});
afterAll(async () => {
  await db.drop();
});

describe('report lifecycle', () => {
  it('goes draft -> submitted -> returned -> submitted -> accepted, keeping every step', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'DBK' });
    const executor = await buildUser(db.pool, 'DBK', 'executor');
    const coExecutor = await buildUser(db.pool, obligation.coCodes[0]!, 'executor');
    const reviewer = await buildUser(db.pool, 'MIC', 'reviewer');

    const created = await call(app, 'POST', `/api/v1/obligations/${obligation.id}/reports`, { token: executor.token, body: { text: 'Черновик' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe(`/api/v1/reports/${created.body.id}`);
    expect(created.body).toMatchObject({ state: 'draft', version: 1, declaredStatus: 'in_progress', percentDone: 0 });
    expect(created.body.abilities).toEqual({ canEdit: true, canContribute: false, canAddEvidence: true, canSubmit: true, canAccept: false, canReturn: false });
    const id = created.body.id as number;
    expect((await call(app, 'POST', `/api/v1/obligations/${obligation.id}/reports`, { token: executor.token })).status).toBe(409);

    const edited = await call(app, 'PATCH', `/api/v1/reports/${id}`, {
      token: executor.token,
      ifMatch: 1,
      body: { text: 'Выдано 12 займов на 4,1 млрд тенге.', declaredStatus: 'completed', percentDone: 100 },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(edited.headers.get('etag')).toBe('"2"');

    const contributed = await call(app, 'PUT', `/api/v1/reports/${id}/contribution`, { token: coExecutor.token, body: { text: 'Сведения по заявкам предоставлены.' } });
    expect(contributed.status).toBe(200);
    expect(contributed.body.contributions).toEqual([expect.objectContaining({ text: 'Сведения по заявкам предоставлены.', version: 1 })]);
    expect(contributed.body.contributions[0].organization.code).toBe(obligation.coCodes[0]);

    const submitted = await call(app, 'POST', `/api/v1/reports/${id}/submit`, { token: executor.token, ifMatch: 2 });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', version: 3 });
    expect(submitted.body.firstSubmittedAt).toBeTruthy();
    expect(submitted.body.abilities.canEdit).toBe(false);

    // Nobody edits a submitted report; returning needs a comment.
    expect((await call(app, 'PATCH', `/api/v1/reports/${id}`, { token: executor.token, ifMatch: 3, body: { text: 'x' } })).status).toBe(409);
    expect((await call(app, 'POST', `/api/v1/reports/${id}/return`, { token: reviewer.token, ifMatch: 3, body: {} })).status).toBe(400);

    const returned = await call(app, 'POST', `/api/v1/reports/${id}/return`, { token: reviewer.token, ifMatch: 3, body: { comment: 'Приложите реестр займов.' } });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({ state: 'returned', reviewComment: 'Приложите реестр займов.', reviewedBy: { id: reviewer.userId } });

    const revised = await call(app, 'PATCH', `/api/v1/reports/${id}`, { token: executor.token, body: { text: 'Выдано 12 займов; реестр приложен.', version: 4 } });
    expect(revised.status).toBe(200);
    const resubmitted = await call(app, 'POST', `/api/v1/reports/${id}/submit`, { token: executor.token, body: { version: 5 } });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.firstSubmittedAt).toBe(submitted.body.firstSubmittedAt);

    const accepted = await call(app, 'POST', `/api/v1/reports/${id}/accept`, { token: reviewer.token, ifMatch: 6 });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ state: 'accepted', version: 7 });
    expect(accepted.body.history.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'updated',
      'contribution_saved',
      'submitted',
      'returned',
      'updated',
      'submitted',
      'accepted',
    ]);
    const returnEvent = accepted.body.history[4];
    expect(returnEvent).toMatchObject({ actor: { id: reviewer.userId }, comment: 'Приложите реестр займов.' });
    expect(returnEvent.snapshot).toMatchObject({ state: 'returned', text: 'Выдано 12 займов на 4,1 млрд тенге.' });

    // Accepted is final; the obligation is completed (on time or late, by the due date).
    expect((await call(app, 'POST', `/api/v1/reports/${id}/return`, { token: reviewer.token, ifMatch: 7, body: { comment: 'x' } })).status).toBe(409);
    const after = await call(app, 'GET', `/api/v1/obligations/${obligation.id}`);
    const today = new Date().toISOString().slice(0, 10);
    expect(after.body.status).toBe(obligation.due >= today ? 'completed' : 'completed_late');

    // The public sees the accepted report without its internal history or people.
    const publicView = await call(app, 'GET', `/api/v1/reports/${id}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body).toMatchObject({ state: 'accepted', history: [], createdBy: null, reviewComment: null });
    const progress = await call(app, 'GET', `/api/v1/measures/${obligation.measureId}/progress`);
    const entry = progress.body.obligations.find((o: { id: number }) => o.id === obligation.id);
    expect(entry.acceptedReport).toMatchObject({ id, text: 'Выдано 12 займов; реестр приложен.', declaredStatus: 'completed' });
    expect(entry.acceptedReport.contributions[0].text).toBe('Сведения по заявкам предоставлены.');
  });

  it('audits every step of the report in the same transactions', async () => {
    const { report, reviewer, author } = await buildReport(db.pool, { state: 'accepted' });
    const { rows } = await db.pool.query<{ action: string; actor_id: number }>(
      "select action, actor_id from audit_log where entity_type = 'report' and entity_id = $1 order by id",
      [String(report.id)],
    );
    expect(rows).toEqual([
      { action: 'report.created', actor_id: author.userId },
      { action: 'report.submitted', actor_id: author.userId },
      { action: 'report.accepted', actor_id: reviewer!.userId },
    ]);
  });
});

describe('versions', () => {
  it('answers 428 without a version, 409 with a stale one, and overwrites nothing', async () => {
    const { report, author } = await buildReport(db.pool);
    expect((await call(app, 'PATCH', `/api/v1/reports/${report.id}`, { token: author.token, body: { text: 'A' } })).status).toBe(428);
    const ok = await call(app, 'PATCH', `/api/v1/reports/${report.id}`, { token: author.token, ifMatch: report.version, body: { text: 'B' } });
    expect(ok.status).toBe(200);
    // A second tab still holding the old version.
    const stale = await call(app, 'PATCH', `/api/v1/reports/${report.id}`, { token: author.token, ifMatch: report.version, body: { text: 'C' } });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toMatch(/problem\+json/);
    expect(stale.body.type).toBe('urn:zhospar:problem:stale-version');
    expect(stale.body.detail).toMatch(/version 1, it is now 2/);
    expect((await call(app, 'GET', `/api/v1/reports/${report.id}`, { token: author.token })).body.text).toBe('B');
    expect((await call(app, 'POST', `/api/v1/reports/${report.id}/submit`, { token: author.token, ifMatch: 1 })).status).toBe(409);
    expect((await call(app, 'POST', `/api/v1/reports/${report.id}/submit`, { token: author.token })).status).toBe(428);
    expect((await call(app, 'PATCH', `/api/v1/reports/${report.id}`, { token: author.token, ifMatch: '*', body: { text: 'D' } })).status).toBe(400);
    expect((await call(app, 'PATCH', `/api/v1/reports/${report.id}`, { token: author.token, ifMatch: 2, body: { text: 'D', version: 1 } })).status).toBe(400);
  });

  it('refuses to submit an empty report', async () => {
    const { report, author } = await buildReport(db.pool, { text: '' });
    const result = await call(app, 'POST', `/api/v1/reports/${report.id}/submit`, { token: author.token, ifMatch: report.version });
    expect(result.status).toBe(422);
  });
});

describe('review', () => {
  it('never lets an author review their own report, even holding the reviewer role', async () => {
    const obligation = await buildObligation(db.pool, { leadCode: 'MIC' });
    const both = await buildUser(db.pool, 'MIC', 'executor', 'reviewer');
    const { report } = await buildReport(db.pool, { obligation, author: both, state: 'submitted' });
    expect(report.abilities).toMatchObject({ canAccept: false, canReturn: false });
    const own = await call(app, 'POST', `/api/v1/reports/${report.id}/accept`, { token: both.token, ifMatch: report.version });
    expect(own.status).toBe(403);
    expect(own.body.detail).toMatch(/someone else must review/);
    const colleague = await buildUser(db.pool, 'MIC', 'reviewer');
    expect((await call(app, 'POST', `/api/v1/reports/${report.id}/accept`, { token: colleague.token, ifMatch: report.version })).status).toBe(200);
  });

  it('accepts several reports at once, or none of them, naming each that cannot be accepted', async () => {
    const reviewer = await buildUser(db.pool, 'MIC', 'coordinator');
    const first = await buildReport(db.pool, { state: 'submitted' });
    const second = await buildReport(db.pool, { state: 'submitted' });
    const draft = await buildReport(db.pool, { state: 'draft' });
    const ids = [first.report.id, second.report.id, draft.report.id];
    const versions = { [first.report.id]: first.report.version, [second.report.id]: second.report.version + 1, [draft.report.id]: draft.report.version };
    const refused = await call(app, 'POST', '/api/v1/reports/accept', { token: reviewer.token, body: { ids, versions } });
    expect(refused.status).toBe(409);
    expect(refused.body.errors.map((e: { location: string }) => e.location).sort()).toEqual([`reports.${second.report.id}`, `reports.${draft.report.id}`].sort());
    // Each with a code the review queue words in the reader's language.
    const codes = Object.fromEntries(refused.body.errors.map((e: { location: string; code: string }) => [e.location, e.code]));
    expect(codes).toEqual({ [`reports.${second.report.id}`]: 'stale', [`reports.${draft.report.id}`]: 'conflict' });
    const states = await db.pool.query<{ state: string }>('select state from reports where id = any($1) order by id', [ids]);
    expect(states.rows.map((r) => r.state)).toEqual(['submitted', 'submitted', 'draft']);

    const accepted = await call(app, 'POST', '/api/v1/reports/accept', {
      token: reviewer.token,
      body: { ids: [first.report.id, second.report.id], versions: { [first.report.id]: first.report.version, [second.report.id]: second.report.version } },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.accepted.map((r: { id: number; state: string }) => [r.id, r.state])).toEqual([
      [first.report.id, 'accepted'],
      [second.report.id, 'accepted'],
    ]);
  });

  it('queues submitted reports by due date for reviewers only', async () => {
    const reviewer = await buildUser(db.pool, 'MIC', 'reviewer');
    await buildReport(db.pool, { state: 'submitted' });
    await buildReport(db.pool, { state: 'submitted' });
    const queue = await call(app, 'GET', '/api/v1/review-queue?limit=500', { token: reviewer.token });
    expect(queue.status).toBe(200);
    const dues = queue.body.items.map((r: { obligation: { due: string } }) => r.obligation.due);
    expect(dues.length).toBeGreaterThanOrEqual(2);
    expect(dues).toEqual([...dues].sort());
    expect(queue.body.items.every((r: { state: string; abilities: { canAccept: boolean } }) => r.state === 'submitted' && r.abilities.canAccept)).toBe(true);
    const executor = await buildUser(db.pool, 'MIC', 'executor');
    expect((await call(app, 'GET', '/api/v1/review-queue', { token: executor.token })).status).toBe(403);
    expect((await call(app, 'GET', '/api/v1/review-queue')).status).toBe(401);
  });
});

describe('the OpenAPI document', () => {
  it('describes every obligation, report, audit and calendar endpoint', async () => {
    const { status, body } = await call<{ paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } }>(app, 'GET', '/api/openapi.json');
    expect(status).toBe(200);
    const expected: Array<[string, string]> = [
      ['/api/v1/obligations', 'get'],
      ['/api/v1/obligations/{id}', 'get'],
      ['/api/v1/obligations/{id}/reports', 'post'],
      ['/api/v1/reports/{id}', 'get'],
      ['/api/v1/reports/{id}', 'patch'],
      ['/api/v1/reports/{id}/contribution', 'put'],
      ['/api/v1/reports/{id}/evidence', 'post'],
      ['/api/v1/reports/{id}/submit', 'post'],
      ['/api/v1/reports/{id}/accept', 'post'],
      ['/api/v1/reports/{id}/return', 'post'],
      ['/api/v1/reports/accept', 'post'],
      ['/api/v1/review-queue', 'get'],
      ['/api/v1/evidence/{id}', 'get'],
      ['/api/v1/evidence/{id}', 'delete'],
      ['/api/v1/audit', 'get'],
      ['/api/v1/audit/verify', 'get'],
      ['/api/v1/measures/{id}/schedule', 'post'],
      ['/api/v1/measures/{id}/progress', 'get'],
      ['/api/v1/organizations/{code}/obligations', 'get'],
      ['/api/v1/organizations/{code}/performance', 'get'],
      ['/api/v1/organizations/{code}/obligations.ics', 'get'],
      ['/api/v1/plans/{planCode}/obligation-status', 'get'],
      ['/api/v1/plans/{planCode}/performance', 'get'],
      ['/api/v1/plans/{planCode}/schedules', 'get'],
      ['/api/v1/calendar/holidays/{date}', 'put'],
      ['/api/v1/calendar/holidays/{date}', 'delete'],
    ];
    for (const [path, method] of expected) expect(body.paths[path], `${method} ${path}`).toHaveProperty(method);
    expect(Object.keys(body.components.schemas)).toEqual(expect.arrayContaining(['Obligation', 'Report', 'ReportAbilities', 'Evidence', 'AuditEntry', 'CalendarDay', 'MeasureProgress', 'OrganizationPerformance', 'PlanObligationStatus', 'PlanPerformanceList', 'ObligationStatusCounts', 'PlanSchedules']));
  });
});
