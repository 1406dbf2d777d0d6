// Reference lists: organisations, the OKED sub-branch groups, regions and published figures.
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSchema, pagingQuerySchema } from '../../contracts/api/common';
import { organizationSchema } from '../../contracts/api/organizations';
import { branchGroupSchema, branchListQuerySchema, publishedFigureSchema, regionSchema } from '../../contracts/api/classifications';
import { listOrganizations } from '../../db/repositories/organizations';
import { listBranchGroups, listPublishedFigures, listRegions } from '../../db/repositories/classifications';
import type { AppEnv } from '../context';
import { jsonContent, standardProblems } from '../openapi';

const organizationsRoute = createRoute({
  method: 'get',
  path: '/api/v1/organizations',
  tags: ['Reference'],
  summary: 'Organisations: ministries, agencies, akimats, national companies',
  request: { query: pagingQuerySchema },
  responses: { 200: jsonContent(listSchema(organizationSchema, 'OrganizationList'), 'A page of organisations by code.'), ...standardProblems },
});

const branchesRoute = createRoute({
  method: 'get',
  path: '/api/v1/classifications/branches',
  tags: ['Reference'],
  summary: 'The OKED three-digit groups of machine building, with their scope',
  request: { query: branchListQuerySchema },
  responses: { 200: jsonContent(listSchema(branchGroupSchema, 'BranchGroupList'), 'All groups (or those of one scope).'), ...standardProblems },
});

const regionsRoute = createRoute({
  method: 'get',
  path: '/api/v1/regions',
  tags: ['Reference'],
  summary: 'Regions and cities of republican significance',
  responses: { 200: jsonContent(listSchema(regionSchema, 'RegionList'), 'All 20 regions.'), ...standardProblems },
});

const figuresRoute = createRoute({
  method: 'get',
  path: '/api/v1/published-figures',
  tags: ['Reference'],
  summary: 'Figures from official statements, with their sources',
  request: { query: pagingQuerySchema },
  responses: { 200: jsonContent(listSchema(publishedFigureSchema, 'PublishedFigureList'), 'A page of published figures.'), ...standardProblems },
});

export function registerReferenceRoutes(app: OpenAPIHono<AppEnv>): void {
  app.openapi(organizationsRoute, async (c) => {
    const paging = c.req.valid('query');
    return c.json({ ...(await listOrganizations(c.get('deps').pool, paging)), ...paging }, 200);
  });
  app.openapi(branchesRoute, async (c) => {
    const { scope } = c.req.valid('query');
    const items = await listBranchGroups(c.get('deps').pool, scope);
    return c.json({ items, total: items.length, limit: items.length, offset: 0 }, 200);
  });
  app.openapi(regionsRoute, async (c) => {
    const items = await listRegions(c.get('deps').pool);
    return c.json({ items, total: items.length, limit: items.length, offset: 0 }, 200);
  });
  app.openapi(figuresRoute, async (c) => {
    const paging = c.req.valid('query');
    return c.json({ ...(await listPublishedFigures(c.get('deps').pool, paging)), ...paging }, 200);
  });
}
