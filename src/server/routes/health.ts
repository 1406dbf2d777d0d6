import { createRoute } from '@hono/zod-openapi';
import { healthSchema } from '../../contracts/api/health';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { jsonContent } from '../openapi';

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['System'],
  summary: 'Whether the service and its database answer',
  responses: {
    200: jsonContent(healthSchema, 'The service and its database are up.'),
    503: jsonContent(healthSchema, 'The database cannot be reached.'),
  },
});

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { pool, version } = c.get('deps');
    try {
      await pool.query('select 1');
      return c.json({ status: 'ok' as const, database: 'reachable' as const, version }, 200);
    } catch {
      return c.json({ status: 'unavailable' as const, database: 'unreachable' as const, version }, 503);
    }
  });
}
