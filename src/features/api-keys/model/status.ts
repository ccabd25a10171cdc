import type { ApiKey } from './types';

export type KeyStatus = 'active' | 'revoked' | 'expired';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** An active key that expires within this window shows "Expiring soon". */
export const EXPIRING_SOON_MS = 7 * DAY_MS;

export interface DerivedStatus {
  status: KeyStatus;
  /** Active and expiring within 7 days. */
  expiringSoon: boolean;
}

/**
 * Spec section 3, in this order: Expired (expiry in the past, whatever isActive says), Revoked
 * (isActive false), Active. A key without an expiry never expires.
 */
export function deriveStatus(key: Pick<ApiKey, 'expiresAt' | 'isActive'>, now: number): DerivedStatus {
  if (key.expiresAt !== null && key.expiresAt <= now) return { status: 'expired', expiringSoon: false };
  if (!key.isActive) return { status: 'revoked', expiringSoon: false };
  const expiringSoon = key.expiresAt !== null && key.expiresAt - now <= EXPIRING_SOON_MS;
  return { status: 'active', expiringSoon };
}

/**
 * Whether anything using the key still gets in: its status is Active (enabled and not past its
 * expiry). A delete says so before it goes ahead.
 */
export function isKeyWorking(key: Pick<ApiKey, 'expiresAt' | 'isActive'>, now: number): boolean {
  return deriveStatus(key, now).status === 'active';
}

export const STATUS_LABEL: Record<KeyStatus, string> = {
  active: 'Active',
  revoked: 'Revoked',
  expired: 'Expired',
};
