import { http, HttpResponse } from 'msw';
import type { V1TenantResourceLimits } from '../../lib/api/palette';
import { mockDb } from '../db';
import { TENANT_UID } from '../personas';
import { gate, identify, notFound, v1 } from './common';

export const tenantHandlers = [
  http.get<{ tenantUid: string }>(v1('/tenants/:tenantUid/resourceLimits'), async ({ request, params }) => {
    const gated = await gate(request);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    if (params.tenantUid !== TENANT_UID) return notFound(`Tenant ${params.tenantUid}`);
    return HttpResponse.json<V1TenantResourceLimits>({
      resources: [
        { kind: 'user', limit: 300, maxLimit: 5000 },
        { kind: 'apiKey', limit: mockDb().keyLimit, maxLimit: 100 },
      ],
    });
  }),
];
