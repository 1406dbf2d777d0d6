// Every endpoint of implementation tracking, called by every role (and the public), on the lead
// organisation's data, a co-executor's and a stranger's: the status code each gets, and for every
// refused change, proof that nothing in the database moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDF_BYTES } from '../../src/core/obligations/zip.fixture';
import { buildMeasure, buildObligation } from '../support/factories';
import { ACTORS, buildMatrixWorld, fingerprint as fingerprintOf, freshReport as freshReportOf, tokenOf as tokenFor, withEvidence as withEvidenceOf, type ActorName, type MatrixWorld } from './matrix-world';
import { call, fileForm, type CallResult } from './requests';

type Expected = Record<ActorName, number>;

let world: MatrixWorld;
beforeAll(async () => {
  world = await buildMatrixWorld();
}, 120_000);
afterAll(async () => {
  await world.db.drop();
});

// Short names for the cases below.
const tokenOf = (actor: ActorName) => tokenFor(world, actor);
const fingerprint = () => fingerprintOf(world);
const freshReport = (state: 'draft' | 'submitted' | 'accepted') => freshReportOf(world, state);
const withEvidence = (built: Awaited<ReturnType<typeof freshReport>>) => withEvidenceOf(world, built);

/** Expected statuses: `all` for everyone, then the exceptions. */
const expect_ = (all: number, exceptions: Partial<Expected> = {}): Expected =>
  Object.fromEntries(ACTORS.map((a) => [a, exceptions[a] ?? all])) as Expected;

interface Case {
  name: string;
  isWrite: boolean;
  expected: Expected;
  /** Makes fresh data for one call and returns the request to make with it. */
  run(actor: ActorName): Promise<() => Promise<CallResult>>;
}

/** A request that needs no fresh data. */
const now = (request: () => Promise<CallResult>) => Promise.resolve(request);

const reviewers = { reviewer: 200, coordinator: 200, admin: 200 };
const internalReaders = { leadExecutor: 200, coExecutor: 200, leadViewer: 200, viewer: 200, reviewer: 200, coordinator: 200, admin: 200 };

let calendarSerial = 0;
const nextWeekday = () => {
  calendarSerial += 1;
  const date = new Date(Date.UTC(2031, 0, 6 + calendarSerial * 7)); // Mondays in 2031
  return date.toISOString().slice(0, 10);
};

const CASES: Case[] = [
  { name: 'GET /obligations', isWrite: false, expected: expect_(200), run: (a) => now(() => call(world.app, 'GET', `/api/v1/obligations?organization=${world.lead}`, { token: tokenOf(a) })) },
  {
    name: 'GET /obligations/{id}',
    isWrite: false,
    expected: expect_(200),
    run: async (a) => {
      const { id } = await buildObligation(world.db.pool, { measureId: world.measureId });
      return () => call(world.app, 'GET', `/api/v1/obligations/${id}`, { token: tokenOf(a) });
    },
  },
  {
    name: 'POST /obligations/{id}/reports',
    isWrite: true,
    expected: expect_(403, { public: 401, leadExecutor: 201 }),
    run: async (a) => {
      const { id } = await buildObligation(world.db.pool, { measureId: world.measureId });
      return () => call(world.app, 'POST', `/api/v1/obligations/${id}/reports`, { token: tokenOf(a), body: { text: 'x' } });
    },
  },
  {
    name: 'GET /reports/{id} (draft)',
    isWrite: false,
    expected: expect_(404, { leadExecutor: 200, coExecutor: 200, leadViewer: 200, coordinator: 200, admin: 200 }),
    run: async (a) => {
      const { report } = await freshReport('draft');
      return () => call(world.app, 'GET', `/api/v1/reports/${report.id}`, { token: tokenOf(a) });
    },
  },
  {
    name: 'GET /reports/{id} (submitted)',
    isWrite: false,
    expected: expect_(404, internalReaders),
    run: async (a) => {
      const { report } = await freshReport('submitted');
      return () => call(world.app, 'GET', `/api/v1/reports/${report.id}`, { token: tokenOf(a) });
    },
  },
  {
    name: 'GET /reports/{id} (accepted)',
    isWrite: false,
    expected: expect_(200),
    run: async (a) => {
      const { report } = await freshReport('accepted');
      return () => call(world.app, 'GET', `/api/v1/reports/${report.id}`, { token: tokenOf(a) });
    },
  },
  {
    name: 'PATCH /reports/{id} (draft)',
    isWrite: true,
    expected: expect_(403, { public: 401, leadExecutor: 200, otherExecutor: 404 }),
    run: async (a) => {
      const { report } = await freshReport('draft');
      return () => call(world.app, 'PATCH', `/api/v1/reports/${report.id}`, { token: tokenOf(a), ifMatch: report.version, body: { text: 'changed' } });
    },
  },
  {
    name: 'PATCH /reports/{id} (accepted)',
    isWrite: true,
    expected: expect_(403, { public: 401, leadExecutor: 409 }),
    run: async (a) => {
      const { report } = await freshReport('accepted');
      return () => call(world.app, 'PATCH', `/api/v1/reports/${report.id}`, { token: tokenOf(a), ifMatch: report.version, body: { text: 'changed' } });
    },
  },
  {
    name: 'PUT /reports/{id}/contribution (draft)',
    isWrite: true,
    expected: expect_(403, { public: 401, coExecutor: 200, otherExecutor: 404 }),
    run: async (a) => {
      const { report } = await freshReport('draft');
      return () => call(world.app, 'PUT', `/api/v1/reports/${report.id}/contribution`, { token: tokenOf(a), body: { text: 'вклад' } });
    },
  },
  {
    name: 'POST /reports/{id}/submit (draft)',
    isWrite: true,
    expected: expect_(403, { public: 401, leadExecutor: 200, otherExecutor: 404 }),
    run: async (a) => {
      const { report } = await freshReport('draft');
      return () => call(world.app, 'POST', `/api/v1/reports/${report.id}/submit`, { token: tokenOf(a), ifMatch: report.version });
    },
  },
  {
    name: 'POST /reports/{id}/accept (submitted)',
    isWrite: true,
    expected: expect_(403, { public: 401, ...reviewers }),
    run: async (a) => {
      const { report } = await freshReport('submitted');
      return () => call(world.app, 'POST', `/api/v1/reports/${report.id}/accept`, { token: tokenOf(a), ifMatch: report.version });
    },
  },
  {
    name: 'POST /reports/{id}/accept (draft)',
    isWrite: true,
    expected: expect_(403, { public: 401, reviewer: 404, coordinator: 409, admin: 409 }),
    run: async (a) => {
      const { report } = await freshReport('draft');
      return () => call(world.app, 'POST', `/api/v1/reports/${report.id}/accept`, { token: tokenOf(a), ifMatch: report.version });
    },
  },
  {
    name: 'POST /reports/{id}/return (submitted)',
    isWrite: true,
    expected: expect_(403, { public: 401, ...reviewers }),
    run: async (a) => {
      const { report } = await freshReport('submitted');
      return () => call(world.app, 'POST', `/api/v1/reports/${report.id}/return`, { token: tokenOf(a), ifMatch: report.version, body: { comment: 'Уточните.' } });
    },
  },
  {
    name: 'POST /reports/accept (bulk)',
    isWrite: true,
    expected: expect_(403, { public: 401, ...reviewers }),
    run: async (a) => {
      const { report } = await freshReport('submitted');
      return () => call(world.app, 'POST', '/api/v1/reports/accept', { token: tokenOf(a), body: { ids: [report.id], versions: { [report.id]: report.version } } });
    },
  },
  {
    name: 'POST /reports/{id}/evidence (draft)',
    isWrite: true,
    expected: expect_(403, { public: 401, leadExecutor: 201, coExecutor: 201, otherExecutor: 404 }),
    run: async (a) => {
      const { report } = await freshReport('draft');
      return () => call(world.app, 'POST', `/api/v1/reports/${report.id}/evidence`, { token: tokenOf(a), body: fileForm('акт.pdf', PDF_BYTES) });
    },
  },
  {
    name: 'GET /evidence/{id} (draft)',
    isWrite: false,
    expected: expect_(404, { leadExecutor: 200, coExecutor: 200, leadViewer: 200, coordinator: 200, admin: 200 }),
    run: async (a) => {
      const id = await withEvidence(await freshReport('draft'));
      return () => call(world.app, 'GET', `/api/v1/evidence/${id}`, { token: tokenOf(a) });
    },
  },
  {
    name: 'DELETE /evidence/{id} (draft, the lead\u2019s file)',
    isWrite: true,
    expected: expect_(403, { public: 401, leadExecutor: 200, otherExecutor: 404 }),
    run: async (a) => {
      const id = await withEvidence(await freshReport('draft'));
      return () => call(world.app, 'DELETE', `/api/v1/evidence/${id}`, { token: tokenOf(a) });
    },
  },
  { name: 'GET /review-queue', isWrite: false, expected: expect_(403, { public: 401, ...reviewers }), run: (a) => now(() => call(world.app, 'GET', '/api/v1/review-queue', { token: tokenOf(a) })) },
  { name: 'GET /audit', isWrite: false, expected: expect_(403, { public: 401, coordinator: 200, admin: 200 }), run: (a) => now(() => call(world.app, 'GET', '/api/v1/audit', { token: tokenOf(a) })) },
  {
    name: 'GET /audit/verify',
    isWrite: false,
    expected: expect_(403, { public: 401, coordinator: 200, admin: 200 }),
    run: (a) => now(() => call(world.app, 'GET', '/api/v1/audit/verify', { token: tokenOf(a) })),
  },
  { name: 'GET /calendar/holidays', isWrite: false, expected: expect_(200), run: (a) => now(() => call(world.app, 'GET', '/api/v1/calendar/holidays?year=2026', { token: tokenOf(a) })) },
  {
    name: 'PUT /calendar/holidays/{date}',
    isWrite: true,
    expected: expect_(403, { public: 401, coordinator: 200, admin: 200 }),
    run: async (a) => {
      const date = nextWeekday();
      return () => call(world.app, 'PUT', `/api/v1/calendar/holidays/${date}`, { token: tokenOf(a), body: { kind: 'transferred-day-off', names: { en: 'Day off', ru: 'Выходной' } } });
    },
  },
  {
    name: 'DELETE /calendar/holidays/{date}',
    isWrite: true,
    expected: expect_(403, { public: 401, coordinator: 200, admin: 200 }),
    run: async (a) => {
      const date = nextWeekday();
      await call(world.app, 'PUT', `/api/v1/calendar/holidays/${date}`, { token: world.users.admin.token, body: { kind: 'transferred-day-off', names: { en: 'Day off', ru: 'Выходной' } } });
      return () => call(world.app, 'DELETE', `/api/v1/calendar/holidays/${date}`, { token: tokenOf(a), ifMatch: 1 });
    },
  },
  {
    name: 'POST /measures/{id}/schedule',
    isWrite: true,
    expected: expect_(403, { public: 401, coordinator: 200, admin: 200 }),
    run: async (a) => {
      const measure = await buildMeasure(world.db.pool, { deadlineText: 'по мере необходимости', leadCode: world.lead });
      return () => call(world.app, 'POST', `/api/v1/measures/${measure.id}/schedule`, { token: tokenOf(a), ifMatch: 1, body: { occurrences: [{ due: '2026-06-01' }] } });
    },
  },
  { name: 'GET /measures/{id}/schedule', isWrite: false, expected: expect_(200), run: (a) => now(() => call(world.app, 'GET', `/api/v1/measures/${world.measureId}/schedule`, { token: tokenOf(a) })) },
  { name: 'GET /measures/{id}/progress', isWrite: false, expected: expect_(200), run: (a) => now(() => call(world.app, 'GET', `/api/v1/measures/${world.measureId}/progress`, { token: tokenOf(a) })) },
  {
    name: 'GET /organizations/{code}/obligations?view=overdue',
    isWrite: false,
    expected: expect_(200),
    run: (a) => now(() => call(world.app, 'GET', `/api/v1/organizations/${world.lead}/obligations?view=overdue`, { token: tokenOf(a) })),
  },
  {
    name: 'GET /organizations/{code}/performance',
    isWrite: false,
    expected: expect_(200, { public: 401, coExecutor: 403, otherExecutor: 403 }),
    run: (a) => now(() => call(world.app, 'GET', `/api/v1/organizations/${world.lead}/performance`, { token: tokenOf(a) })),
  },
  {
    name: 'GET /plans/{planCode}/obligation-status',
    isWrite: false,
    expected: expect_(200),
    run: (a) => now(() => call(world.app, 'GET', '/api/v1/plans/MB-2024-2028/obligation-status', { token: tokenOf(a) })),
  },
  {
    // Everyone signed in: internal readers get every lead organisation, others their own only ('what lists reveal').
    name: 'GET /plans/{planCode}/performance',
    isWrite: false,
    expected: expect_(200, { public: 401 }),
    run: (a) => now(() => call(world.app, 'GET', '/api/v1/plans/MB-2024-2028/performance', { token: tokenOf(a) })),
  },
  {
    // The coordinator's work list of schedules: internal readers only (plan.read_internal); changing one is POST /measures/{id}/schedule.
    name: 'GET /plans/{planCode}/schedules',
    isWrite: false,
    expected: expect_(403, { public: 401, leadViewer: 200, viewer: 200, reviewer: 200, coordinator: 200, admin: 200 }),
    run: (a) => now(() => call(world.app, 'GET', '/api/v1/plans/MB-2024-2028/schedules?status=needs_manual', { token: tokenOf(a) })),
  },
  {
    name: 'GET /organizations/{code}/obligations.ics',
    isWrite: false,
    expected: expect_(403, { public: 401, leadExecutor: 200, leadViewer: 200, coordinator: 200, admin: 200 }),
    run: (a) => now(() => call(world.app, 'GET', `/api/v1/organizations/${world.lead}/obligations.ics${a === 'public' ? '' : `?token=${tokenOf(a)}`}`)),
  },
];

describe.each(CASES)('$name', (testCase) => {
  it.each(ACTORS)('as %s', async (actor) => {
    const request = await testCase.run(actor);
    const before = testCase.isWrite ? await fingerprint() : null;
    const result = await request();
    expect(result.status, result.text.slice(0, 300)).toBe(testCase.expected[actor]);
    if (before !== null && result.status >= 400) expect(await fingerprint()).toEqual(before);
  });
});

describe('what lists reveal', () => {
  it('shows the public and strangers accepted reports and public statuses only', async () => {
    const draft = await freshReport('draft');
    const submitted = await freshReport('submitted');
    const accepted = await freshReport('accepted');
    for (const actor of ['public', 'otherExecutor'] as const) {
      const page = await call(world.app, 'GET', `/api/v1/obligations?organization=${world.lead}&limit=500`, { token: tokenOf(actor) });
      const byId = new Map(page.body.items.map((o: { id: number }) => [o.id, o]));
      expect(byId.get(draft.obligation.id)).toMatchObject({ report: null });
      expect(byId.get(submitted.obligation.id)).toMatchObject({ report: null });
      expect(byId.get(accepted.obligation.id)).toMatchObject({ report: { id: accepted.report.id, state: 'accepted' } });
      const { rows } = await world.db.pool.query<{ id: number; public_status: string }>('select id, public_status from obligations where id = $1', [submitted.obligation.id]);
      expect(byId.get(submitted.obligation.id)).toMatchObject({ status: rows[0]!.public_status });
    }
    const own = await call(world.app, 'GET', `/api/v1/obligations?organization=${world.lead}&limit=500`, { token: world.users.leadExecutor.token });
    const mine = own.body.items.find((o: { id: number }) => o.id === draft.obligation.id);
    expect(mine.report).toMatchObject({ id: draft.report.id, state: 'draft' });
  });

  it('shows in the plan\u2019s performance list only the organisations the caller may see one by one', async () => {
    const codes = async (actor: ActorName) =>
      (await call(world.app, 'GET', '/api/v1/plans/MB-2024-2028/performance', { token: tokenOf(actor) })).body.items.map((p: { organization: { code: string } }) => p.organization.code);
    expect(await codes('leadExecutor')).toEqual([world.lead]);
    expect(await codes('leadViewer')).toContain(world.lead);
    for (const actor of ['coExecutor', 'otherExecutor'] as const) expect(await codes(actor)).toEqual([]);
    for (const actor of ['viewer', 'reviewer', 'coordinator', 'admin'] as const) expect(await codes(actor)).toContain(world.lead);
  });
});
