// GET /api/v1/plans/{planCode}/schedules: the coordinator's work list of the default dataset's
// schedules (3 deadlines the parser cannot read, 76 it reads), who may read it, the status filter,
// and how it follows a schedule set by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanScheduleItem, PlanSchedules } from '../../src/contracts/api/plan-schedules';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import type { TestUser } from '../support/auth';
import { buildMeasure, buildUser } from '../support/factories';
import { call, type App } from './requests';

const PLAN = 'MB-2024-2028';
const LIST = `/api/v1/plans/${PLAN}/schedules`;

let app: App;
let db: TestDatabase;
let coordinator: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
  viewer = await buildUser(db.pool, 'MTI', 'viewer');
});
afterAll(async () => {
  await db.drop();
});

describe('the schedules work list', () => {
  it('lists the measures needing a manual schedule first, with the parser\u2019s reason, then the parsed ones', async () => {
    const { status, body } = await call<PlanSchedules>(app, 'GET', LIST, { token: viewer.token });
    expect(status).toBe(200);
    expect(body.planCode).toBe(PLAN);
    expect(body.counts).toEqual({ needs_manual: 3, manual: 0, parsed: 76 });
    expect(body.total).toBe(79);
    expect(body.items).toHaveLength(79);
    const flagged = body.items.slice(0, 3);
    expect(flagged.map((i) => [i.number, i.status, i.reason, i.obligationCount])).toEqual([
      [45, 'needs_manual', 'as-needed', 0],
      [58, 'needs_manual', 'unknown-words', 0],
      [74, 'needs_manual', 'unknown-words', 0],
    ]);
    expect(flagged[0]).toMatchObject({ deadlineText: 'по мере необходимости', deadlineLanguage: 'ru', version: 1, manualNote: null, planCode: PLAN });
    expect(flagged[0]!.message).toMatch(/по мере необходимости/);
    expect(flagged[0]!.names.en).toBeTruthy();
    expect(flagged[0]!.leadExecutor?.code).toMatch(/^[A-Z]/);
    const parsed = body.items.slice(3);
    expect(parsed.every((i) => i.status === 'parsed' && i.reason === null && i.message === null)).toBe(true);
    expect(parsed.map((i) => i.number)).toEqual([...parsed.map((i) => i.number)].sort((a, b) => a - b));
    expect(parsed.reduce((sum, i) => sum + i.obligationCount, 0)).toBe(390);
    expect(parsed.find((i) => i.number === 15)?.obligationCount).toBe(20);
  });

  it('filters by status, keeping the counts of the whole plan', async () => {
    const { body } = await call<PlanSchedules>(app, 'GET', `${LIST}?status=needs_manual`, { token: coordinator.token });
    expect(body.items.map((i) => i.number)).toEqual([45, 58, 74]);
    expect(body.total).toBe(3);
    expect(body.counts).toEqual({ needs_manual: 3, manual: 0, parsed: 76 });
    const lower = await call<PlanSchedules>(app, 'GET', `/api/v1/plans/mb-2024-2028/schedules?status=parsed`, { token: coordinator.token });
    expect(lower.status).toBe(200);
    expect(lower.body.total).toBe(76);
  });

  it('moves a measure to "manual" once a coordinator sets its occurrences with the listed version', async () => {
    const measure = await buildMeasure(db.pool, { deadlineText: 'после принятия закона', leadCode: 'MTI' });
    const listed = (await call<PlanSchedules>(app, 'GET', `${LIST}?status=needs_manual`, { token: coordinator.token })).body.items.find((i) => i.measureId === measure.id)!;
    expect(listed).toMatchObject({ status: 'needs_manual', reason: 'unknown-words', obligationCount: 0 });

    const body = { occurrences: [{ period: '2026-Q1', due: '2026-04-10' }, { period: '2026-Q2', due: '2026-07-11' }], note: 'По графику министерства' };
    const saved = await call(app, 'POST', `/api/v1/measures/${measure.id}/schedule`, { token: coordinator.token, body, ifMatch: listed.version });
    expect(saved.status).toBe(200);

    const after = await call<PlanSchedules>(app, 'GET', LIST, { token: coordinator.token });
    expect(after.body.counts).toEqual({ needs_manual: 3, manual: 1, parsed: 76 });
    const item = after.body.items.find((i) => i.measureId === measure.id) as PlanScheduleItem;
    expect(item).toMatchObject({ status: 'manual', reason: null, message: null, manualNote: 'По графику министерства', obligationCount: 2, version: listed.version + 1 });
    // needs_manual, then manual, then parsed.
    const order = after.body.items.map((i) => i.status);
    expect(order.indexOf('manual')).toBe(3);
    expect(order.lastIndexOf('needs_manual')).toBe(2);

    // The version in the list is the one the change needs: an old one is refused.
    const stale = await call(app, 'POST', `/api/v1/measures/${measure.id}/schedule`, { token: coordinator.token, body, ifMatch: listed.version });
    expect(stale.status).toBe(409);
    expect(stale.body.type).toBe('urn:zhospar:problem:stale-version');
  });

  it('is for internal readers: 401 for the public, 403 for executors', async () => {
    const executor = await buildUser(db.pool, 'MTI', 'executor');
    expect((await call(app, 'GET', LIST)).status).toBe(401);
    const refused = await call(app, 'GET', LIST, { token: executor.token });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toMatch(/plan\.read_internal/);
    for (const role of ['reviewer', 'admin'] as const) {
      expect((await call(app, 'GET', LIST, { token: (await buildUser(db.pool, 'MIC', role)).token })).status).toBe(200);
    }
  });

  it('answers an unknown plan with 404 and an unknown status with 400 naming the field', async () => {
    expect((await call(app, 'GET', '/api/v1/plans/NO-SUCH-PLAN/schedules', { token: coordinator.token })).status).toBe(404);
    const bad = await call(app, 'GET', `${LIST}?status=guessed`, { token: coordinator.token });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { location: string }) => e.location)).toContain('query.status');
  });

  it('is described in the OpenAPI document with its security and refusals', async () => {
    const { body } = await call(app, 'GET', '/api/openapi.json');
    const operation = body.paths['/api/v1/plans/{planCode}/schedules'].get;
    expect(Object.keys(operation.responses).sort()).toEqual(['200', '400', '401', '403', '404', '500']);
    expect(operation.security).toEqual([{ sessionCookie: [] }, { bearerToken: [] }]);
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual(['planCode', 'status']);
    expect(body.components.schemas).toHaveProperty('PlanSchedules');
    expect(body.components.schemas).toHaveProperty('ScheduleStatus');
  });
});
