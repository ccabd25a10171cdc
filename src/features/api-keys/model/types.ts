import type { KeyGrants, KeyRef } from '../../../lib/authz';

/** The console's view of an API key, mapped once from Palette's wire shape (see api/mapping.ts). */
export interface ApiKey {
  uid: string;
  name: string;
  /** Empty when the server sent none. */
  description: string;
  owner: KeyOwner;
  /** Milliseconds since the epoch; null when the server sent no (or a zero) expiry. */
  expiresAt: number | null;
  createdAt: number | null;
  /** The last change (Palette's `lastModifiedTimestamp`); absent or null when the server sent none. */
  modifiedAt?: number | null;
  isActive: boolean;
  /**
   * What Palette allows the caller on this key (`annotations.permissions`); absent when the server
   * sent no list (older servers), and then the permission matrix alone decides.
   */
  allowed?: KeyGrants;
}

/** The key as the permission checks see it: its owner and what the server allows on it. */
export function keyRef(key: ApiKey): KeyRef {
  return { ownerUid: key.owner.uid, allowed: key.allowed ?? null };
}

export interface KeyOwner {
  uid: string;
  /** Display name; falls back to the uid when Palette sends no first or last name. */
  name: string;
}

/** What a key form produces: the fields of a create or an edit, before the owner is added. */
export interface KeyDraft {
  name: string;
  description: string;
  /** RFC 3339 in UTC. */
  expiry: string;
}

/** The actions that can run on many keys at once. */
export type BulkVerb = 'revoke' | 'delete';
