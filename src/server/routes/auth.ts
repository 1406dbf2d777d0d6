// People and access: sign-in and sessions, personal API tokens, and user management. The route
// groups live in src/server/auth beside the middleware they depend on.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { registerSessionRoutes } from '../auth/session-routes';
import { registerTokenRoutes } from '../auth/token-routes';
import { registerUserRoutes } from '../auth/user-routes';

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  registerSessionRoutes(app);
  registerTokenRoutes(app);
  registerUserRoutes(app);
}
