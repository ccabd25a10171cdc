import { apiRequest } from '../../../lib/api/client';
import type {
  V1ApiKey,
  V1ApiKeyActiveState,
  V1ApiKeyCreateResponse,
  V1ApiKeys,
  V1TenantResourceLimits,
} from '../../../lib/api/palette';
import type { ApiKey, KeyDraft } from '../model/types';
import { toApiKey, toApiKeys, toCreateBody, toUpdateBody } from './mapping';

const path = (uid: string) => `/v1/apiKeys/${encodeURIComponent(uid)}`;

export async function fetchApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  const body = await apiRequest<V1ApiKeys | undefined>('GET', '/v1/apiKeys', { signal });
  return toApiKeys(body?.items);
}

export async function fetchApiKey(uid: string, signal?: AbortSignal): Promise<ApiKey> {
  return toApiKey(await apiRequest<V1ApiKey>('GET', path(uid), { signal }));
}

export interface CreatedKey {
  uid: string;
  /** The secret: returned this once, never stored by the console. */
  apiKey: string;
}

export async function createApiKey(draft: KeyDraft & { ownerUid: string }): Promise<CreatedKey> {
  const body = await apiRequest<V1ApiKeyCreateResponse>('POST', '/v1/apiKeys', { body: toCreateBody(draft) });
  return { uid: body?.uid ?? '', apiKey: body?.apiKey ?? '' };
}

export async function updateApiKey(uid: string, draft: KeyDraft): Promise<void> {
  await apiRequest<void>('PUT', path(uid), { body: toUpdateBody(draft) });
}

export async function setApiKeyState(uid: string, isActive: boolean): Promise<void> {
  const body: V1ApiKeyActiveState = { isActive };
  await apiRequest<void>('PUT', `${path(uid)}/state`, { body });
}

export async function deleteApiKey(uid: string): Promise<void> {
  await apiRequest<void>('DELETE', path(uid));
}

export const DEFAULT_KEY_LIMIT = 20;

/** The per-user key limit from the tenant's resource limits (kind `apiKey`), 20 when unset. */
export async function fetchKeyLimit(tenantUid: string, signal?: AbortSignal): Promise<number> {
  const body = await apiRequest<V1TenantResourceLimits>(
    'GET',
    `/v1/tenants/${encodeURIComponent(tenantUid)}/resourceLimits`,
    { signal },
  );
  const limit = body?.resources?.find((r) => r.kind === 'apiKey')?.limit;
  return typeof limit === 'number' && limit > 0 ? limit : DEFAULT_KEY_LIMIT;
}
