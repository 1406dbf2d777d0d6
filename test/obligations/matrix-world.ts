// The world the permission matrix runs in: a lead organisation, a co-executor and a stranger,
// 180 monthly obligations of the lead, one user per role, and helpers that make fresh reports.
import { PDF_BYTES } from '../../src/core/obligations/zip.fixture';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import type { TestUser } from '../support/auth';
import { buildMeasure, buildObligation, buildOrganization, buildReport, buildUser, type BuiltReport } from '../support/factories';
import { call, fileForm, type App } from './requests';

export const ACTORS = ['public', 'leadExecutor', 'coExecutor', 'otherExecutor', 'leadViewer', 'viewer', 'reviewer', 'coordinator', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];

export interface MatrixWorld {
  app: App;
  db: TestDatabase;
  lead: string;
  measureId: number;
  users: Record<Exclude<ActorName, 'public'>, TestUser>;
}

export async function buildMatrixWorld(): Promise<MatrixWorld> {
  const { app, db } = await createTestApp();
  const lead = await buildOrganization(db.pool);
  const co = await buildOrganization(db.pool);
  const other = await buildOrganization(db.pool);
  let measureId = 0;
  // 3 x 60 monthly obligations: every call that changes a report gets a report of its own.
  for (let i = 0; i < 3; i++) {
    measureId = (await buildMeasure(db.pool, { deadlineText: 'ежемесячно, до 5 числа месяца, следующего за отчетным', leadCode: lead, coCodes: [co] })).id;
  }
  const users = {
    leadExecutor: await buildUser(db.pool, lead, 'executor'),
    coExecutor: await buildUser(db.pool, co, 'executor'),
    otherExecutor: await buildUser(db.pool, other, 'executor'),
    leadViewer: await buildUser(db.pool, lead, 'viewer'),
    viewer: await buildUser(db.pool, other, 'viewer'),
    reviewer: await buildUser(db.pool, 'MIC', 'reviewer'),
    coordinator: await buildUser(db.pool, 'MIC', 'coordinator'),
    admin: await buildUser(db.pool, 'MIC', 'admin'),
  };
  return { app, db, lead, measureId, users };
}

export const tokenOf = (world: MatrixWorld, actor: ActorName) => (actor === 'public' ? null : world.users[actor].token);

/** Every row a change could touch, as one comparable value. */
export async function fingerprint(world: MatrixWorld): Promise<unknown> {
  const { rows } = await world.db.pool.query(
    `select (select count(*) from audit_log) as audit,
            (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from reports t) as reports,
            (select md5(coalesce(string_agg(t::text, '|' order by t.report_id, t.organization_id), '')) from report_contributions t) as contributions,
            (select md5(coalesce(string_agg(t.id || ':' || t.file_name, '|' order by t.id), '')) from evidence_files t) as evidence,
            (select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) from obligations t) as obligations,
            (select md5(coalesce(string_agg(t::text, '|' order by t.date), '')) from calendar_days t) as calendar,
            (select md5(coalesce(string_agg(t::text, '|' order by t.measure_id), '')) from measure_schedules t) as schedules`,
  );
  return rows[0];
}

/** A report of the lead organisation in the state, on an obligation nobody else uses. */
export async function freshReport(world: MatrixWorld, state: 'draft' | 'submitted' | 'accepted'): Promise<BuiltReport> {
  const obligation = await buildObligation(world.db.pool, { leadCode: world.lead });
  return buildReport(world.db.pool, { state, obligation, author: world.users.leadExecutor, reviewer: world.users.admin });
}

/** Uploads a PDF to the report as its lead executor; returns the file id. */
export async function withEvidence(world: MatrixWorld, built: BuiltReport): Promise<number> {
  const uploaded = await call(world.app, 'POST', `/api/v1/reports/${built.report.id}/evidence`, {
    token: world.users.leadExecutor.token,
    body: fileForm('акт.pdf', PDF_BYTES),
  });
  return uploaded.body.evidence[0].id as number;
}
