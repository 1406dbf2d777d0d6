// People and access: sign-in and sessions, personal API tokens, and user management. The route
// groups live in src/server/auth beside the middleware they depend on.
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { registerSessionRoutes } from '../auth/session-routes';
import { registerTokenRoutes } from '../auth/token-routes';
import { registerUserRoutes } from '../auth/user-routes';

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>): void {
  // Named so that routes can declare `security` and Swagger UI offers to send a token.
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearerToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'A personal API token (`zsp_...`), created at POST /api/v1/auth/tokens or with `zhospar token create`.',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'sessionCookie', {
    type: 'apiKey',
    in: 'cookie',
    name: 'zhospar_session',
    description: 'The session cookie set by sign-in; state-changing requests also need the `X-CSRF-Token` header.',
  });
  registerSessionRoutes(app);
  registerTokenRoutes(app);
  registerUserRoutes(app);
}
