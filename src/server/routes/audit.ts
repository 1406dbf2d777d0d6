// The audit trail and the check of its hash chain (what `zhospar audit verify` does). Both seal the
// rows committed so far first (the app use cases do), so that they read a sealed chain.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { auditEntrySchema, auditQuerySchema, auditVerificationSchema } from '../../contracts/api/audit';
import { listSchema } from '../../contracts/api/common';
import { listAudit } from '../../app/audit/list-audit';
import { verifyAuditChain } from '../../app/audit/verify-audit-chain';
import { chainPlace } from '../../core/obligations/audit-chain';
import { requirePermission } from '../auth/guards';
import { SIGNED_IN } from '../auth/openapi-security';
import type { AppEnv } from '../context';
import { jsonContent, problemContent, standardProblems } from '../openapi';
import { asWorkflowProblem } from './workflow-problem';

const tags = ['Audit'];
const guarded = { 401: problemContent('Not signed in.'), 403: problemContent('Needs the coordinator or admin role (audit.read).'), ...standardProblems };

const listRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  tags,
  security: SIGNED_IN,
  summary: 'The audit trail, newest first',
  request: { query: auditQuerySchema },
  responses: { 200: jsonContent(listSchema(auditEntrySchema, 'AuditList'), 'A page of audit entries.'), ...guarded },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit/verify',
  tags,
  security: SIGNED_IN,
  summary: 'Check the hash chain of the whole audit trail',
  responses: { 200: jsonContent(auditVerificationSchema, 'ok, or the first row that does not match.'), ...guarded },
});

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(listRoute, async (c) => {
    const actor = requirePermission(c, 'audit.read');
    return c.json(await asWorkflowProblem(listAudit(c.get('deps').pool, actor, c.req.valid('query'))), 200);
  });

  app.openapi(verifyRoute, async (c) => {
    requirePermission(c, 'audit.read');
    const result = await verifyAuditChain(c.get('deps').pool);
    return c.json(
      result.ok
        ? { ok: true, count: result.count, firstBadRow: null }
        : {
            ok: false,
            count: result.checked,
            firstBadRow: {
              id: result.firstBadRow.rowId,
              position: result.firstBadRow.position,
              kind: result.firstBadRow.kind,
              reason: `${chainPlace(result.firstBadRow.position)}: ${result.firstBadRow.reason}`,
            },
          },
      200,
    );
  });
}
