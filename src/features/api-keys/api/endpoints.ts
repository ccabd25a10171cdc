import { palette } from '../../../lib/api/client';
import type { ApiKey, KeyDraft } from '../model/types';
import { toApiKey, toApiKeys, toCreateBody, toUpdateBody } from './mapping';

const key = (uid: string) => ({ path: { uid } });

export async function fetchApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  const { data } = await palette.GET('/v1/apiKeys', { signal });
  return toApiKeys(data?.items);
}

export async function fetchApiKey(uid: string, signal?: AbortSignal): Promise<ApiKey> {
  const { data } = await palette.GET('/v1/apiKeys/{uid}', { params: key(uid), signal });
  return toApiKey(data ?? {});
}

export interface CreatedKey {
  uid: string;
  /** The secret: returned this once, never stored by the console. */
  apiKey: string;
}

export async function createApiKey(draft: KeyDraft & { ownerUid: string }): Promise<CreatedKey> {
  const { data } = await palette.POST('/v1/apiKeys', { body: toCreateBody(draft) });
  return { uid: data?.uid ?? '', apiKey: data?.apiKey ?? '' };
}

export async function updateApiKey(uid: string, draft: KeyDraft): Promise<void> {
  await palette.PUT('/v1/apiKeys/{uid}', { params: key(uid), body: toUpdateBody(draft) });
}

export async function setApiKeyState(uid: string, isActive: boolean): Promise<void> {
  await palette.PUT('/v1/apiKeys/{uid}/state', { params: key(uid), body: { isActive } });
}

export async function deleteApiKey(uid: string): Promise<void> {
  await palette.DELETE('/v1/apiKeys/{uid}', { params: key(uid) });
}

export const DEFAULT_KEY_LIMIT = 20;

/** The per-user key limit from the tenant's resource limits (kind `apiKey`), 20 when unset. */
export async function fetchKeyLimit(tenantUid: string, signal?: AbortSignal): Promise<number> {
  const { data } = await palette.GET('/v1/tenants/{tenantUid}/resourceLimits', {
    params: { path: { tenantUid } },
    signal,
  });
  const limit = data?.resources?.find((r) => r.kind === 'apiKey')?.limit;
  return typeof limit === 'number' && limit > 0 ? limit : DEFAULT_KEY_LIMIT;
}
