/** The records the mock Palette keeps: close to Palette's own, without the wire wrapping. */
export interface MockUser {
  uid: string;
  firstName: string;
  lastName: string;
  email: string;
  roles: string[];
  isActive: boolean;
  /** RFC 3339 UTC; absent for a user who never signed in. */
  lastSignIn?: string;
}

export interface MockKey {
  uid: string;
  name: string;
  description: string;
  ownerUid: string;
  /** RFC 3339 UTC, to the millisecond as Palette writes times. */
  expiry: string;
  createdAt: string;
  /** The last change (name, description, expiry, state): Palette's `lastModifiedTimestamp`; else `createdAt`. */
  modifiedAt?: string;
  isActive: boolean;
  /** SHA-256 of the secret; the secret itself is never kept. */
  secretHash: string;
}

/** What happened to a key, as Palette's audit log (`GET /v1/audits`) records it. */
export interface MockAudit {
  uid: string;
  /** RFC 3339 UTC, to the millisecond. */
  at: string;
  actionType: 'create' | 'update' | 'delete';
  /** What the actor did, in words: "Revoked the API key", "Changed the expiry". */
  actionMsg: string;
  actorUid: string;
  keyUid: string;
  keyName: string;
}

export const DATASETS = ['typical', 'empty', 'at-limit', 'large'] as const;
export type DatasetId = (typeof DATASETS)[number];

export function isDatasetId(value: unknown): value is DatasetId {
  return typeof value === 'string' && (DATASETS as readonly string[]).includes(value);
}

export interface MockData {
  users: MockUser[];
  keys: MockKey[];
  /** Per-user key limit from the tenant's resource limits. */
  keyLimit: number;
  /** The seeded history of the keys, oldest first. */
  audits: MockAudit[];
}
