// An organisation's overdue and due-soon lists, its reporting rate and timeliness on a constructed
// case, and its iCalendar feed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kazakhstanToday } from '../../src/app/obligations/kazakhstan-date';
import { addDays } from '../../src/core/schedule/civil-date';
import { createTestApp } from '../support/test-app';
import type { TestDatabase } from '../support/database';
import { buildMeasure, buildObligation, buildOrganization, buildReport, buildUser } from '../support/factories';
import { call, type App } from './requests';

let app: App;
let db: TestDatabase;
let org: string;
let measure: { id: number; number: number };

beforeAll(async () => {
  ({ app, db } = await createTestApp());
  org = await buildOrganization(db.pool);
  measure = await buildMeasure(db.pool, { deadlineText: 'ежеквартально, до 10 числа месяца, следующего за отчетным кварталом', leadCode: org, coCodes: ['MIC'] });
});
afterAll(async () => {
  await db.drop();
});

describe('performance', () => {
  it('computes reporting rate and timeliness from first submissions against due dates', async () => {
    const today = kazakhstanToday();
    const reviewer = await buildUser(db.pool, 'MIC', 'reviewer');
    // Two obligations reported late (due before today), two on time (due after today), one of
    // each accepted; the other sixteen never reported.
    const late1 = await buildObligation(db.pool, { measureId: measure.id, dueBefore: addDays(today, -1) });
    await buildReport(db.pool, { obligation: late1, state: 'accepted', reviewer });
    const late2 = await buildObligation(db.pool, { measureId: measure.id, dueBefore: addDays(today, -1) });
    await buildReport(db.pool, { obligation: late2, state: 'submitted' });
    const onTime1 = await buildObligation(db.pool, { measureId: measure.id, dueAfter: addDays(today, 1) });
    await buildReport(db.pool, { obligation: onTime1, state: 'accepted', reviewer });
    const onTime2 = await buildObligation(db.pool, { measureId: measure.id, dueAfter: addDays(today, 1) });
    await buildReport(db.pool, { obligation: onTime2, state: 'returned', reviewer });

    const member = await buildUser(db.pool, org, 'executor');
    const future = await call(app, 'GET', `/api/v1/organizations/${org}/performance?asOf=2030-01-01`, { token: member.token });
    expect(future.status).toBe(200);
    expect(future.body).toMatchObject({ asOf: '2030-01-01', obligations: 20, fallenDue: 20, reported: 4, reportedOnTime: 2, reportingRate: 0.2, timeliness: 0.1 });
    expect(future.body.byStatus).toEqual({ not_started: 0, in_progress: 0, completed: 1, completed_late: 1, overdue: 18, cancelled: 0 });

    const now = await call(app, 'GET', `/api/v1/organizations/${org}/performance`, { token: member.token });
    const { rows } = await db.pool.query<{ n: number }>('select count(*) as n from obligations where measure_id = $1 and due < $2', [measure.id, today]);
    const fallenDue = rows[0]!.n;
    expect(now.body).toMatchObject({ asOf: today, fallenDue, reported: 2, reportedOnTime: 0 });
    expect(now.body.timeliness).toBe(0);
    expect(now.body.reportingRate).toBeCloseTo(2 / fallenDue, 12);
  });

  it('shows performance to members and internal readers only', async () => {
    expect((await call(app, 'GET', `/api/v1/organizations/${org}/performance`)).status).toBe(401);
    const stranger = await buildUser(db.pool, 'KTZ', 'executor');
    expect((await call(app, 'GET', `/api/v1/organizations/${org}/performance`, { token: stranger.token })).status).toBe(403);
    const viewer = await buildUser(db.pool, 'KTZ', 'viewer');
    expect((await call(app, 'GET', `/api/v1/organizations/${org}/performance`, { token: viewer.token })).status).toBe(200);
    expect((await call(app, 'GET', '/api/v1/organizations/NO-SUCH/performance', { token: viewer.token })).status).toBe(404);
  });
});

describe('overdue and due-soon lists', () => {
  it('lists overdue obligations and those due within the window, earliest first', async () => {
    const today = kazakhstanToday();
    const member = await buildUser(db.pool, org, 'executor');
    const overdue = await call(app, 'GET', `/api/v1/organizations/${org}/obligations?view=overdue&limit=500`, { token: member.token });
    expect(overdue.status).toBe(200);
    expect(overdue.body.items.length).toBeGreaterThan(0);
    expect(overdue.body.items.every((o: { status: string; due: string }) => o.status === 'overdue' && o.due < today)).toBe(true);
    const soon = await call(app, 'GET', `/api/v1/organizations/${org}/obligations?view=due-soon&days=366`, { token: member.token });
    expect(soon.status).toBe(200);
    expect(soon.body.items.length).toBeGreaterThan(0);
    for (const o of soon.body.items as Array<{ due: string; status: string }>) {
      expect(o.due >= today && o.due <= addDays(today, 366)).toBe(true);
      expect(['not_started', 'in_progress']).toContain(o.status);
    }
    const all = await call(app, 'GET', `/api/v1/obligations?organization=${org}&limit=500`);
    expect(all.body.total).toBe(20);
    const dues = all.body.items.map((o: { due: string }) => o.due);
    expect(dues).toEqual([...dues].sort());
  });

  it('filters by status, dates, plan and measure', async () => {
    const viewer = await buildUser(db.pool, 'MIC', 'viewer');
    const page = await call(app, 'GET', `/api/v1/obligations?measure=${measure.id}&dueAfter=2025-01-01&dueBefore=2025-12-31&plan=MB-2024-2028`, { token: viewer.token });
    expect(page.body.items.map((o: { period: string }) => o.period)).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']);
    const submitted = await call(app, 'GET', `/api/v1/obligations?measure=${measure.id}&status=completed_late`, { token: viewer.token });
    expect(submitted.body.total).toBe(1);
    expect((await call(app, 'GET', '/api/v1/obligations?organization=NOPE')).status).toBe(404);
    expect((await call(app, 'GET', '/api/v1/obligations?status=late')).status).toBe(400);
  });
});

describe('iCalendar feed', () => {
  it('gives members an RFC 5545 feed with one all-day event per obligation', async () => {
    const member = await buildUser(db.pool, org, 'executor');
    const response = await app.request(`/api/v1/organizations/${org}/obligations.ics?token=${member.token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(20);
    const unfolded = text.replace(/\r\n /g, '');
    const { rows } = await db.pool.query<{ id: number }>("select id from obligations where measure_id = $1 and period = '2025-Q4'", [measure.id]);
    const event = unfolded.split('BEGIN:VEVENT').find((e) => e.includes(`UID:obligation-${rows[0]!.id}.MB-2024-2028@zhospar`))!;
    expect(event).toContain('DTSTART;VALUE=DATE:20260112\r\n');
    expect(event).toContain('DTEND;VALUE=DATE:20260113\r\n');
    expect(event).toContain(`SUMMARY:Мероприятие ${measure.number}\\, 2025-Q4: Тестовое мероприятие`);
    expect(event).toContain('перенесён с 2026-01-10');
    // The same obligation keeps its UID in the next fetch.
    const again = await (await app.request(`/api/v1/organizations/${org}/obligations.ics?token=${member.token}&lang=en`)).text();
    expect(again.replace(/\r\n /g, '')).toContain(`UID:obligation-${rows[0]!.id}.MB-2024-2028@zhospar`);
    expect(again.replace(/\r\n /g, '')).toContain(`SUMMARY:Measure ${measure.number}\\, 2025-Q4: Test measure`);
  });

  it('needs a working token of a member, a coordinator or an admin', async () => {
    expect((await app.request(`/api/v1/organizations/${org}/obligations.ics`)).status).toBe(401);
    expect((await app.request(`/api/v1/organizations/${org}/obligations.ics?token=zsp_nonsense`)).status).toBe(401);
    const stranger = await buildUser(db.pool, 'KTZ', 'executor');
    expect((await app.request(`/api/v1/organizations/${org}/obligations.ics?token=${stranger.token}`)).status).toBe(403);
    const viewer = await buildUser(db.pool, 'KTZ', 'viewer');
    expect((await app.request(`/api/v1/organizations/${org}/obligations.ics?token=${viewer.token}`)).status).toBe(403);
    const coordinator = await buildUser(db.pool, 'MIC', 'coordinator');
    expect((await app.request(`/api/v1/organizations/${org}/obligations.ics?token=${coordinator.token}`)).status).toBe(200);
  });
});
