// Assembles the HTTP application: security headers, the API routes, the API documents and the
// web app. Routes are thin; all work happens in src/app use cases and src/db repositories.
import { secureHeaders } from 'hono/secure-headers';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv, ServerDeps } from './context';
import { createRouter } from './openapi';
import { HttpProblem, problemResponse } from './problem';
import { registerHealthRoutes } from './routes/health';
import { registerPlanRoutes } from './routes/plans';
import { registerIndicatorStatusRoutes } from './routes/indicator-status';
import { registerMeasureRoutes } from './routes/measures';
import { registerReferenceRoutes } from './routes/reference';
import { registerObservationRoutes } from './routes/observations';
import { registerObligationRoutes } from './routes/obligations';
import { registerReportRoutes } from './routes/reports';
import { registerAuditRoutes } from './routes/audit';
import { registerOrganizationFeedRoutes } from './routes/organization-feeds';
import { registerPlanObligationRoutes } from './routes/plan-obligations';
import { registerPlanScheduleRoutes } from './routes/plan-schedules';
import { registerCalendarRoutes } from './routes/calendar';
import { registerInputOutputRoutes } from './routes/input-output';
import { registerDocsRoutes } from './routes/docs';
import { registerWebApp } from './web-app';
import { authenticate } from './auth/authenticate';
import { registerAuthRoutes } from './routes/auth';

export function createApp(deps: ServerDeps): OpenAPIHono<AppEnv> {
  const app = createRouter();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // ECharts and React set style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      referrerPolicy: 'strict-origin-when-cross-origin',
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use('*', authenticate);

  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerPlanRoutes(app);
  registerIndicatorStatusRoutes(app);
  registerMeasureRoutes(app);
  registerReferenceRoutes(app);
  registerObservationRoutes(app);
  registerObligationRoutes(app);
  registerReportRoutes(app);
  registerAuditRoutes(app);
  registerOrganizationFeedRoutes(app);
  registerPlanObligationRoutes(app);
  registerPlanScheduleRoutes(app);
  registerCalendarRoutes(app);
  registerInputOutputRoutes(app);
  registerDocsRoutes(app, deps.version);
  registerWebApp(app, deps.webRoot);

  app.notFound((c) => problemResponse(c, 404, `Nothing is at ${new URL(c.req.url).pathname}. The API is described at /api/docs.`));
  app.onError((error, c) => {
    if (error instanceof HttpProblem) return problemResponse(c, error.status, error.detail, error.errors, error.type);
    const status = (error as { status?: number }).status;
    if (status === 400 || status === 413 || status === 415) return problemResponse(c, status, error.message);
    console.error(`${c.req.method} ${new URL(c.req.url).pathname} failed:`, error instanceof Error ? error.message : error);
    return problemResponse(c, 500, 'Something went wrong on our side. The error has been logged; please try again.');
  });
  return app;
}
