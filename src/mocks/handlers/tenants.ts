import { http, HttpResponse } from 'msw';
import type { Schemas, V1TenantResourceLimits } from '../../lib/api/palette';
import { mockDb } from '../db';
import { TENANT_UID } from '../personas';
import { forbidden, invalid, isObject, notFound, readJson, route, v1 } from './common';

type ResourceKind = Schemas['v1ResourceLimitType'];

/**
 * Every kind Palette lists in a tenant's resource limits, with its label, default limit and the
 * most a tenant may raise it to. The figures are plausible, not Palette's own (unpublished); only
 * `apiKey` (20 per user) is documented.
 */
const LIMITS: { kind: ResourceKind; label: string; limit: number; maxLimit: number }[] = [
  { kind: 'user', label: 'Users', limit: 300, maxLimit: 5000 },
  { kind: 'project', label: 'Projects', limit: 50, maxLimit: 500 },
  { kind: 'apiKey', label: 'API keys per user', limit: 20, maxLimit: 100 },
  { kind: 'team', label: 'Teams', limit: 100, maxLimit: 1000 },
  { kind: 'role', label: 'Roles', limit: 100, maxLimit: 500 },
  { kind: 'cloudaccount', label: 'Cloud accounts', limit: 200, maxLimit: 1000 },
  { kind: 'clusterprofile', label: 'Cluster profiles', limit: 200, maxLimit: 2000 },
  { kind: 'workspace', label: 'Workspaces', limit: 50, maxLimit: 500 },
  { kind: 'registry', label: 'Registries', limit: 200, maxLimit: 1000 },
  { kind: 'privategateway', label: 'Private cloud gateways', limit: 50, maxLimit: 200 },
  { kind: 'location', label: 'Backup locations', limit: 100, maxLimit: 500 },
  { kind: 'certificate', label: 'Certificates', limit: 20, maxLimit: 200 },
  { kind: 'macro', label: 'Macros', limit: 200, maxLimit: 1000 },
  { kind: 'sshkey', label: 'SSH keys', limit: 300, maxLimit: 1000 },
  { kind: 'alert', label: 'Alerts', limit: 100, maxLimit: 1000 },
  { kind: 'spectrocluster', label: 'Clusters', limit: 300, maxLimit: 10_000 },
  { kind: 'edgehost', label: 'Edge hosts', limit: 200, maxLimit: 10_000 },
  { kind: 'appprofile', label: 'App profiles', limit: 200, maxLimit: 1000 },
  { kind: 'appdeployment', label: 'App deployments', limit: 200, maxLimit: 1000 },
  { kind: 'edgetoken', label: 'Edge registration tokens', limit: 200, maxLimit: 1000 },
  { kind: 'clustergroup', label: 'Cluster groups', limit: 100, maxLimit: 500 },
  { kind: 'filter', label: 'Filters', limit: 200, maxLimit: 1000 },
];

const KINDS = new Set<string>(LIMITS.map((l) => l.kind));

export const tenantHandlers = [
  http.get<{ tenantUid: string }>(
    v1('/tenants/:tenantUid/resourceLimits'),
    route<{ tenantUid: string }>({}, ({ params }) => {
      if (params.tenantUid !== TENANT_UID) return notFound(`Tenant ${params.tenantUid}`);
      const db = mockDb();
      return HttpResponse.json<V1TenantResourceLimits>({
        resources: LIMITS.map((l) => ({ ...l, limit: db.limit(l.kind, l.limit) })),
      });
    }),
  ),

  http.patch<{ tenantUid: string }>(
    v1('/tenants/:tenantUid/resourceLimits'),
    route<{ tenantUid: string }>({}, async ({ request, params, caller }) => {
      if (params.tenantUid !== TENANT_UID) return notFound(`Tenant ${params.tenantUid}`);
      if (caller.access !== 'tenant-admin') return forbidden();
      const body = await readJson(request);
      if (body instanceof Response) return body;
      const resources = isObject(body) ? body.resources : undefined;
      if (!Array.isArray(resources))
        return invalid('resources must list { kind, limit }', { resources: 'Send the resources list' });
      const changes = new Map<string, number>();
      for (const r of resources) {
        const ok = isObject(r) && typeof r.kind === 'string' && KINDS.has(r.kind);
        const limit = ok ? r.limit : undefined;
        const max = ok ? LIMITS.find((l) => l.kind === r.kind)!.maxLimit : 0;
        if (!ok || typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > max)
          return invalid('Each resource needs a known kind and a limit from 1 to its maxLimit', {
            resources: `Invalid entry: ${JSON.stringify(r).slice(0, 80)}`,
          });
        changes.set(r.kind as string, limit);
      }
      mockDb().setLimits(changes);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
