/** The records the mock Palette keeps: close to Palette's own, without the wire wrapping. */
export interface MockUser {
  uid: string;
  firstName: string;
  lastName: string;
  email: string;
  roles: string[];
  isActive: boolean;
}

export interface MockKey {
  uid: string;
  name: string;
  description: string;
  ownerUid: string;
  /** RFC 3339 UTC. */
  expiry: string;
  createdAt: string;
  isActive: boolean;
  /** SHA-256 of the secret; the secret itself is never kept. */
  secretHash: string;
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
}
