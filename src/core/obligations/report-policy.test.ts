import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor';
import type { Role } from '../access/roles';
import type { ReportState } from './obligation-status';
import {
  canCreateReport,
  canDeleteEvidence,
  canSeeInternal,
  canViewReport,
  reportAbilities,
  type ReportSubject,
} from './report-policy';
import { canSubscribeToOrganizationFeed, canViewOrganizationPerformance } from './organization-policy';

const LEAD = 10;
const CO = 20;
const OTHER = 30;
let nextUser = 100;
const actor = (organizationId: number, ...roles: Role[]): Actor => ({
  userId: nextUser++,
  email: 'x@example.kz',
  name: 'X',
  organizationId,
  organizationCode: `ORG${organizationId}`,
  roles,
  via: 'session',
});
const report = (state: ReportState, authorUserIds: number[] = []): ReportSubject => ({
  state,
  leadOrganizationId: LEAD,
  coExecutorOrganizationIds: [CO],
  authorUserIds,
});

describe('report visibility', () => {
  const cases: Array<[string, Actor | null, ReportState, boolean]> = [
    ['public, accepted', null, 'accepted', true],
    ['public, submitted', null, 'submitted', false],
    ['public, draft', null, 'draft', false],
    ['lead executor, own draft', actor(LEAD, 'executor'), 'draft', true],
    ['co-executor, draft', actor(CO, 'executor'), 'draft', true],
    ['executor of another organisation, draft', actor(OTHER, 'executor'), 'draft', false],
    ['executor of another organisation, submitted', actor(OTHER, 'executor'), 'submitted', false],
    ['executor of another organisation, accepted', actor(OTHER, 'executor'), 'accepted', true],
    ['viewer, draft', actor(OTHER, 'viewer'), 'draft', false],
    ['viewer, returned', actor(OTHER, 'viewer'), 'returned', true],
    ['reviewer, draft', actor(OTHER, 'reviewer'), 'draft', false],
    ['reviewer, submitted', actor(OTHER, 'reviewer'), 'submitted', true],
    ['coordinator, draft', actor(OTHER, 'coordinator'), 'draft', true],
    ['admin, draft', actor(OTHER, 'admin'), 'draft', true],
  ];
  it.each(cases)('%s', (_name, who, state, expected) => {
    expect(canViewReport(who, report(state))).toBe(expected);
  });
});

describe('report abilities', () => {
  it('lets the lead executor edit and submit drafts and returned reports only', () => {
    const lead = actor(LEAD, 'executor');
    for (const state of ['draft', 'returned'] as const) {
      expect(reportAbilities(lead, report(state))).toEqual({
        canEdit: true,
        canContribute: false,
        canAddEvidence: true,
        canSubmit: true,
        canAccept: false,
        canReturn: false,
      });
    }
    for (const state of ['submitted', 'accepted'] as const) {
      expect(Object.values(reportAbilities(lead, report(state))).every((v) => !v)).toBe(true);
    }
  });

  it('lets co-executors contribute and add evidence but not edit or submit', () => {
    const co = actor(CO, 'executor');
    expect(reportAbilities(co, report('draft'))).toMatchObject({ canEdit: false, canContribute: true, canAddEvidence: true, canSubmit: false });
  });

  it('gives a lead viewer (no report.write) nothing to change', () => {
    expect(Object.values(reportAbilities(actor(LEAD, 'viewer'), report('draft'))).every((v) => !v)).toBe(true);
  });

  it('lets reviewers, coordinators and admins review submitted reports they did not write', () => {
    for (const role of ['reviewer', 'coordinator', 'admin'] as const) {
      const reviewer = actor(OTHER, role);
      expect(reportAbilities(reviewer, report('submitted'))).toMatchObject({ canAccept: true, canReturn: true, canEdit: false });
      expect(reportAbilities(reviewer, report('returned'))).toMatchObject({ canAccept: false, canReturn: false });
    }
    expect(reportAbilities(actor(OTHER, 'viewer'), report('submitted')).canAccept).toBe(false);
  });

  it('refuses review to an author, even a reviewer of the lead organisation who also executes', () => {
    const both = actor(LEAD, 'executor', 'reviewer');
    expect(reportAbilities(both, report('submitted', [both.userId])).canAccept).toBe(false);
    const colleague = actor(LEAD, 'reviewer');
    expect(reportAbilities(colleague, report('submitted', [both.userId])).canAccept).toBe(true);
  });
});

describe('creating reports and deleting evidence', () => {
  const obligation = { leadOrganizationId: LEAD, coExecutorOrganizationIds: [CO], isCancelled: false, hasReport: false };
  it('lets only a lead executor create the one report of a live obligation', () => {
    expect(canCreateReport(actor(LEAD, 'executor'), obligation)).toBe(true);
    expect(canCreateReport(actor(CO, 'executor'), obligation)).toBe(false);
    expect(canCreateReport(actor(LEAD, 'coordinator'), obligation)).toBe(false);
    expect(canCreateReport(actor(LEAD, 'executor'), { ...obligation, hasReport: true })).toBe(false);
    expect(canCreateReport(actor(LEAD, 'executor'), { ...obligation, isCancelled: true })).toBe(false);
    expect(canCreateReport(null, obligation)).toBe(false);
  });

  it('keeps submitted files and other organisations\u2019 files', () => {
    const lead = actor(LEAD, 'executor');
    const co = actor(CO, 'executor');
    expect(canDeleteEvidence(lead, report('draft'), { organizationId: CO, isSubmitted: false })).toBe(true);
    expect(canDeleteEvidence(lead, report('returned'), { organizationId: LEAD, isSubmitted: true })).toBe(false);
    expect(canDeleteEvidence(co, report('draft'), { organizationId: LEAD, isSubmitted: false })).toBe(false);
    expect(canDeleteEvidence(co, report('draft'), { organizationId: CO, isSubmitted: false })).toBe(true);
    expect(canDeleteEvidence(lead, report('submitted'), { organizationId: LEAD, isSubmitted: false })).toBe(false);
  });
});

describe('organisation-level rules', () => {
  it('shows internal status to internal readers and executing organisations', () => {
    const facts = { leadOrganizationId: LEAD, coExecutorOrganizationIds: [CO] };
    expect(canSeeInternal(null, facts)).toBe(false);
    expect(canSeeInternal(actor(OTHER, 'executor'), facts)).toBe(false);
    expect(canSeeInternal(actor(CO, 'executor'), facts)).toBe(true);
    expect(canSeeInternal(actor(OTHER, 'viewer'), facts)).toBe(true);
  });

  it('limits performance to internal readers and members, feeds to members, coordinators and admins', () => {
    expect(canViewOrganizationPerformance(actor(OTHER, 'viewer'), LEAD)).toBe(true);
    expect(canViewOrganizationPerformance(actor(LEAD, 'executor'), LEAD)).toBe(true);
    expect(canViewOrganizationPerformance(actor(OTHER, 'executor'), LEAD)).toBe(false);
    expect(canViewOrganizationPerformance(null, LEAD)).toBe(false);
    expect(canSubscribeToOrganizationFeed(actor(LEAD, 'executor'), LEAD)).toBe(true);
    expect(canSubscribeToOrganizationFeed(actor(OTHER, 'coordinator'), LEAD)).toBe(true);
    expect(canSubscribeToOrganizationFeed(actor(OTHER, 'viewer'), LEAD)).toBe(false);
  });
});
