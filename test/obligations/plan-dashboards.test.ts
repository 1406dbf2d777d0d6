// A plan's obligations summed up: the status counts equal the obligations list counted by hand, for
// every kind of viewer (internal readers see internal statuses, the public and strangers public
// ones, executors their own measures' internal ones), and every lead organisation's performance
// equals what its own performance endpoint says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kazakhstanToday } from '../../src/app/obligations/kazakhstan-date';
import { addDays } from '../../src/core/schedule/civil-date';
import { OBLIGATION_STATUSES, type ObligationStatus } from '../../src/core/obligations/obligation-status';
import type { Obligation, OrganizationPerformance } from '../../src/contracts/api/obligations';
import type { PlanObligationStatus, PlanPerformanceList } from '../../src/contracts/api/plan-obligations';
import type { TestUser } from '../support/auth';
import type { TestDatabase } from '../support/database';
import { buildMeasure, buildObligation, buildOrganization, buildReport, buildUser } from '../support/factories';
import { createTestApp } from '../support/test-app';
import { call, type App } from './requests';

const PLAN = 'MB-2024-2028';

let app: App;
let db: TestDatabase;
let lead: string;
let co: string;
let users: { viewer: TestUser; leadExecutor: TestUser; coExecutor: TestUser; stranger: TestUser; coordinator: TestUser };

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  lead = await buildOrganization(db.pool);
  co = await buildOrganization(db.pool);
  const measure = await buildMeasure(db.pool, { deadlineText: 'ежеквартально, до 10 числа месяца, следующего за отчетным кварталом', leadCode: lead, coCodes: [co] });
  // An area with no measures: it is listed with zeros.
  await db.pool.query(
    `insert into plan_areas (plan_id, number, names, is_illustrative) select id, 99, '{"en": "Empty area", "ru": "Пустое направление"}', true from plans where code = $1`,
    [PLAN],
  );
  const today = kazakhstanToday();
  const author = await buildUser(db.pool, lead, 'executor');
  const reviewer = await buildUser(db.pool, 'MIC', 'reviewer');
  // Reports in every state on the test measure, ahead of and past their due dates, so that
  // internal and public statuses differ on some obligations.
  for (const [state, when] of [
    ['draft', 'ahead'],
    ['submitted', 'ahead'],
    ['submitted', 'past'],
    ['returned', 'ahead'],
    ['accepted', 'ahead'],
    ['accepted', 'past'],
  ] as const) {
    const obligation = await buildObligation(db.pool, { measureId: measure.id, ...(when === 'ahead' ? { dueAfter: addDays(today, 1) } : { dueBefore: addDays(today, -1) }) });
    await buildReport(db.pool, { obligation, state, author, reviewer });
  }
  // And one submitted report on an obligation of the default dataset, led by someone else.
  await buildReport(db.pool, { state: 'submitted', obligation: await buildObligation(db.pool, { leadCode: 'KTZ', dueAfter: addDays(today, 1) }) });
  users = {
    viewer: await buildUser(db.pool, 'KTZ', 'viewer'),
    leadExecutor: await buildUser(db.pool, lead, 'executor'),
    coExecutor: await buildUser(db.pool, co, 'executor'),
    stranger: await buildUser(db.pool, 'MOA', 'executor'),
    coordinator: await buildUser(db.pool, 'MIC', 'coordinator'),
  };
});
afterAll(async () => {
  await db.drop();
});

async function listAll(token: string | null): Promise<Obligation[]> {
  const items: Obligation[] = [];
  for (;;) {
    const page = await call(app, 'GET', `/api/v1/obligations?plan=${PLAN}&limit=500&offset=${items.length}`, { token });
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    if (page.body.items.length === 0 || items.length >= page.body.total) return items;
  }
}

function zeros(): Record<ObligationStatus, number> {
  return Object.fromEntries(OBLIGATION_STATUSES.map((s) => [s, 0])) as Record<ObligationStatus, number>;
}

/** The answer the endpoint should give, counted by hand from the obligations list. */
async function countedByHand(token: string | null) {
  const obligations = await listAll(token);
  const measures = await call(app, 'GET', `/api/v1/plans/${PLAN}/measures?limit=500`);
  const plan = await call(app, 'GET', `/api/v1/plans/${PLAN}`);
  const areaOf = new Map<number, number>(measures.body.items.map((m: { id: number; areaNumber: number }) => [m.id, m.areaNumber]));
  const group = (keyOf: (o: Obligation) => string | number) => {
    const groups = new Map<string | number, { counts: Record<ObligationStatus, number>; total: number }>();
    for (const o of obligations) {
      const g = groups.get(keyOf(o)) ?? { counts: zeros(), total: 0 };
      g.counts[o.status] += 1;
      g.total += 1;
      groups.set(keyOf(o), g);
    }
    return groups;
  };
  const areas = group((o) => areaOf.get(o.measure.id)!);
  const leads = group((o) => o.leadExecutor.code);
  const total = group(() => 'all').get('all')!;
  return {
    obligations,
    total,
    byArea: plan.body.areas.map((a: { number: number }) => ({ number: a.number, counts: areas.get(a.number)?.counts ?? zeros(), total: areas.get(a.number)?.total ?? 0 })),
    byLeadExecutor: [...leads.entries()]
      .map(([code, g]) => ({ code: code as string, ...g }))
      .sort((a, b) => b.total - a.total || (a.code < b.code ? -1 : 1)),
  };
}

async function statusOf(token: string | null): Promise<PlanObligationStatus> {
  const response = await call<PlanObligationStatus>(app, 'GET', `/api/v1/plans/${PLAN}/obligation-status`, { token });
  expect(response.status, response.text.slice(0, 300)).toBe(200);
  return response.body;
}

describe('GET /plans/{planCode}/obligation-status', () => {
  it.each(['public', 'viewer', 'leadExecutor', 'coExecutor', 'stranger', 'coordinator'] as const)('counts what the obligations list shows %s', async (who) => {
    const token = who === 'public' ? null : users[who].token;
    const [answer, expected] = await Promise.all([statusOf(token), countedByHand(token)]);
    expect(answer.planCode).toBe(PLAN);
    expect(answer.asOf).toBe(kazakhstanToday());
    expect(answer.total).toEqual(expected.total);
    expect(answer.byArea.map((g) => ({ number: g.area.number, counts: g.counts, total: g.total }))).toEqual(expected.byArea);
    expect(answer.byLeadExecutor.map((g) => ({ code: g.organization.code, counts: g.counts, total: g.total }))).toEqual(expected.byLeadExecutor);
  });

  it('counts internal statuses for internal readers and executors of the measure, public ones for others', async () => {
    const internal = await statusOf(users.viewer.token);
    const anonymous = await statusOf(null);
    const stranger = await statusOf(users.stranger.token);
    const coExecutor = await statusOf(users.coExecutor.token);
    const leadRow = (answer: PlanObligationStatus) => answer.byLeadExecutor.find((g) => g.organization.code === lead)!;
    // Submitted, returned and draft reports move internal statuses only; the public sees them once accepted.
    expect(leadRow(internal).counts).not.toEqual(leadRow(anonymous).counts);
    expect(leadRow(stranger).counts).toEqual(leadRow(anonymous).counts);
    expect(leadRow(coExecutor).counts).toEqual(leadRow(internal).counts);
    // The co-executor sees public statuses on measures it does not execute (KTZ's submitted report).
    expect(coExecutor.total).not.toEqual(internal.total);
    expect(coExecutor.byLeadExecutor.find((g) => g.organization.code === 'KTZ')).toEqual(anonymous.byLeadExecutor.find((g) => g.organization.code === 'KTZ'));
    expect(internal.total.total).toBe(anonymous.total.total);
  });

  it('lists every area in number order, with zeros where there are no obligations, and the totals add up', async () => {
    const answer = await statusOf(users.viewer.token);
    expect(answer.byArea.map((g) => g.area.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 99]);
    expect(answer.byArea.at(-1)).toEqual({ area: { number: 99, names: { en: 'Empty area', ru: 'Пустое направление' } }, counts: zeros(), total: 0 });
    for (const groups of [answer.byArea, answer.byLeadExecutor]) {
      expect(groups.reduce((n, g) => n + g.total, 0)).toBe(answer.total.total);
      for (const status of OBLIGATION_STATUSES) expect(groups.reduce((n, g) => n + g.counts[status], 0), status).toBe(answer.total.counts[status]);
    }
    for (const g of [answer.total, ...answer.byArea, ...answer.byLeadExecutor]) expect(Object.values(g.counts).reduce((n, c) => n + c, 0)).toBe(g.total);
    const organization = answer.byLeadExecutor.find((g) => g.organization.code === lead)!.organization;
    expect(organization).toEqual({ code: lead, kind: 'agency', names: { en: expect.any(String), ru: expect.any(String) }, shortNames: { en: expect.any(String) } });
  });

  it('answers an unknown plan with a 404 problem', async () => {
    const response = await call(app, 'GET', '/api/v1/plans/NO-SUCH-PLAN/obligation-status');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body.detail).toContain('NO-SUCH-PLAN');
    expect((await call(app, 'GET', '/api/v1/plans/bad%20code/obligation-status')).status).toBe(400);
  });

  it('matches plan codes in any case', async () => {
    const answer = await call<PlanObligationStatus>(app, 'GET', `/api/v1/plans/${PLAN.toLowerCase()}/obligation-status`);
    expect(answer.status).toBe(200);
    expect(answer.body.planCode).toBe(PLAN);
  });
});

describe('GET /plans/{planCode}/performance', () => {
  async function planPerformance(token: string | null, query = ''): Promise<PlanPerformanceList> {
    const response = await call<PlanPerformanceList>(app, 'GET', `/api/v1/plans/${PLAN}/performance${query}`, { token });
    expect(response.status, response.text.slice(0, 300)).toBe(200);
    return response.body;
  }

  it.each(['', '?asOf=2025-06-30', '?asOf=2030-01-01'])('equals each organisation\u2019s own performance (%s)', async (query) => {
    const answer = await planPerformance(users.coordinator.token, query);
    const leads = [...new Set((await listAll(users.coordinator.token)).map((o) => o.leadExecutor.code))].sort();
    expect(answer.items.map((p) => p.organization.code)).toEqual(leads);
    expect(answer).toMatchObject({ total: leads.length, limit: leads.length, offset: 0 });
    for (const item of answer.items) {
      const own = await call<OrganizationPerformance>(app, 'GET', `/api/v1/organizations/${item.organization.code}/performance?plan=${PLAN}${query.replace('?', '&')}`, {
        token: users.coordinator.token,
      });
      expect(own.status).toBe(200);
      expect(item, item.organization.code).toEqual(own.body);
    }
    const mine = answer.items.find((p) => p.organization.code === lead)!;
    expect(mine.obligations).toBe(20);
    if (query === '?asOf=2030-01-01') expect(mine).toMatchObject({ fallenDue: 20, reported: 5, reportingRate: 0.25 });
  });

  it('shows every organisation to internal readers and their own to others', async () => {
    expect((await planPerformance(users.viewer.token)).items.length).toBeGreaterThan(20);
    expect((await planPerformance(users.leadExecutor.token)).items.map((p) => p.organization.code)).toEqual([lead]);
    expect(await planPerformance(users.coExecutor.token)).toEqual({ items: [], total: 0, limit: 0, offset: 0 });
    expect((await call(app, 'GET', `/api/v1/plans/${PLAN}/performance`)).status).toBe(401);
  });

  it('answers an unknown plan with a 404 problem', async () => {
    const response = await call(app, 'GET', '/api/v1/plans/NO-SUCH-PLAN/performance', { token: users.viewer.token });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect((await call(app, 'GET', `/api/v1/plans/${PLAN}/performance?asOf=2025-13-01`, { token: users.viewer.token })).status).toBe(400);
  });
});
