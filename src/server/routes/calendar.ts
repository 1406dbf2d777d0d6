// The working-day calendar (holidays, transferred days): public to read; admins and coordinators
// change it, and every change moves the due dates of obligations not yet completed.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { calendarChangeSchema, calendarDayParamSchema, calendarDaySchema, calendarListQuerySchema, putCalendarDayRequestSchema } from '../../contracts/api/calendar';
import { listSchema } from '../../contracts/api/common';
import { entityTag } from '../../core/obligations/expected-version';
import { putCalendarDay, removeCalendarDay } from '../../app/obligations/change-calendar-day';
import { findCalendarDay, listCalendarDays, type CalendarDayRecord } from '../../db/repositories/holidays';
import { requirePermission } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { notFound } from '../problem';
import { asWorkflowProblem, expectedVersion } from './workflow-problem';

const tags = ['Calendar'];
const headers = z.object({ 'if-match': z.string().optional().meta({ description: 'The day\u2019s version, "3"; required when it exists.' }) });

function present(day: CalendarDayRecord) {
  return {
    date: day.date,
    kind: day.kind,
    status: day.status,
    names: day.name,
    note: day.note ?? null,
    version: day.version,
    updatedAt: day.updatedAt.toISOString(),
  };
}

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/calendar/holidays',
  tags,
  summary: 'Days off and working weekend days',
  request: { query: calendarListQuerySchema },
  responses: { 200: jsonContent(listSchema(calendarDaySchema, 'CalendarDayList'), 'Every day (of the year), in date order.'), ...standardProblems },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/v1/calendar/holidays/{date}',
  tags,
  summary: 'One day of the calendar',
  request: { params: calendarDayParamSchema },
  responses: { 200: jsonContent(calendarDaySchema, 'The day; ETag is its version.'), 404: problemContent('The date is an ordinary day.'), ...standardProblems },
});

const changeProblems = {
  401: problemContent('Not signed in.'),
  403: problemContent('Needs the admin or coordinator role (calendar.manage).'),
  409: problemContent('The day changed since you read it.'),
  422: problemContent('The kind does not fit the weekday (e.g. a working day on a Tuesday).'),
  428: problemContent('The day exists and no version was sent.'),
  ...standardProblems,
};

const putRoute = createRoute({
  method: 'put',
  path: '/api/v1/calendar/holidays/{date}',
  tags,
  security: SIGNED_IN,
  summary: 'Add or change a day; due dates of open obligations move with it',
  request: { params: calendarDayParamSchema, headers, body: { content: { 'application/json': { schema: putCalendarDayRequestSchema } }, required: true } },
  responses: { 200: jsonContent(calendarChangeSchema, 'The day, how many obligations moved, and any breach of the weekend rule.'), ...changeProblems },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/v1/calendar/holidays/{date}',
  tags,
  security: SIGNED_IN,
  summary: 'Remove a day (it becomes an ordinary day); due dates move back',
  request: { params: calendarDayParamSchema, headers },
  responses: { 200: jsonContent(calendarChangeSchema, 'How many obligations moved.'), 404: problemContent('The date is not in the calendar.'), ...changeProblems },
});

export function registerCalendarRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const items = (await listCalendarDays(c.get('deps').pool, c.req.valid('query').year)).map(present);
    return c.json({ items, total: items.length, limit: items.length, offset: 0 }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const { date } = c.req.valid('param');
    const day = await findCalendarDay(c.get('deps').pool, date);
    if (!day || day.isRemoved) throw notFound(`${date} is an ordinary day: it is not in the calendar.`);
    c.header('ETag', entityTag(day.version));
    return c.json(present(day), 200);
  });

  app.openapi(putRoute, async (c) => {
    const actor = requirePermission(c, 'calendar.manage');
    const { date } = c.req.valid('param');
    const { version, names, note, ...rest } = c.req.valid('json');
    const day = { date, ...rest, name: names, ...(note ? { note } : {}) };
    const result = await asWorkflowProblem(putCalendarDay(c.get('deps').pool, actor, day, expectedVersion(c, version)));
    if (result.day) c.header('ETag', entityTag(result.day.version));
    return c.json({ ...result, day: result.day ? present(result.day) : null }, 200);
  });

  app.openapi(deleteRoute, async (c) => {
    const actor = requirePermission(c, 'calendar.manage');
    const result = await asWorkflowProblem(removeCalendarDay(c.get('deps').pool, actor, c.req.valid('param').date, expectedVersion(c)));
    return c.json({ ...result, day: null }, 200);
  });
}
