import { ZERO_TIME, type V1ApiKey, type V1ApiKeyEntity, type V1ApiKeyUpdate } from '../../../lib/api/palette';
import { grantsFromPermissions } from '../../../lib/authz';
import type { ApiKey, KeyDraft } from '../model/types';

/** Parses a Palette timestamp; missing, malformed and Go-zero times mean "none". */
export function parseTime(value: string | undefined | null): number | null {
  if (!value || value.startsWith('0001-01-01')) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) || ms <= 0 ? null : ms;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * The one mapping from Palette's wire shape to the console's domain type. The server omits empty
 * fields, so every field may be missing: no status means inactive, no description means empty.
 * Written for a list of 20,000: no arrays or spreads per key.
 */
export function toApiKey(wire: V1ApiKey): ApiKey {
  const { metadata, spec } = wire;
  const user = spec?.user;
  const first = text(user?.firstName).trim();
  const last = text(user?.lastName).trim();
  const ownerName = first && last ? `${first} ${last}` : first || last;
  const ownerUid = text(user?.uid);
  const annotations = metadata?.annotations;
  const allowed = grantsFromPermissions(annotations?.permissions);
  const key: ApiKey = {
    uid: text(metadata?.uid),
    name: text(metadata?.name),
    description: text(annotations?.description),
    owner: { uid: ownerUid, name: ownerName || ownerUid || 'Unknown user' },
    expiresAt: parseTime(spec?.expiry),
    createdAt: parseTime(metadata?.creationTimestamp),
    modifiedAt: parseTime(metadata?.lastModifiedTimestamp),
    isActive: wire.status?.isActive === true,
  };
  // Left out, not null, when Palette sent no list: "the server said nothing".
  if (allowed) key.allowed = allowed;
  return key;
}

export function toApiKeys(items: readonly V1ApiKey[] | undefined): ApiKey[] {
  // A key without a uid cannot be acted on or told apart; leave it out rather than crash.
  return (items ?? []).map(toApiKey).filter((key) => key.uid !== '');
}

export function toCreateBody(draft: KeyDraft & { ownerUid: string }): V1ApiKeyEntity {
  return {
    metadata: { name: draft.name, annotations: { description: draft.description } },
    spec: { expiry: draft.expiry, userUid: draft.ownerUid },
  };
}

export function toUpdateBody(draft: KeyDraft): V1ApiKeyUpdate {
  return {
    metadata: { name: draft.name, annotations: { description: draft.description } },
    spec: { expiry: draft.expiry },
  };
}

export { ZERO_TIME };
