import { describe, expect, it } from 'vitest';
import { DAY_MS, deriveStatus, isKeyWorking } from './status';

const now = Date.UTC(2026, 10, 27, 12, 0, 0);

describe('deriveStatus', () => {
  it.each([
    ['expired a second ago, though active', { expiresAt: now - 1000, isActive: true }, 'expired', false],
    ['expiring exactly now', { expiresAt: now, isActive: true }, 'expired', false],
    ['expired and revoked', { expiresAt: now - DAY_MS, isActive: false }, 'expired', false],
    ['revoked, not expired', { expiresAt: now + 30 * DAY_MS, isActive: false }, 'revoked', false],
    ['revoked, expiring soon', { expiresAt: now + DAY_MS, isActive: false }, 'revoked', false],
    ['active, a second from expiry', { expiresAt: now + 1000, isActive: true }, 'active', true],
    ['active, exactly 7 days left', { expiresAt: now + 7 * DAY_MS, isActive: true }, 'active', true],
    [
      'active, 7 days and a second left',
      { expiresAt: now + 7 * DAY_MS + 1000, isActive: true },
      'active',
      false,
    ],
    ['active, no expiry', { expiresAt: null, isActive: true }, 'active', false],
    ['inactive, no expiry', { expiresAt: null, isActive: false }, 'revoked', false],
  ] as const)('%s', (_label, key, status, expiringSoon) => {
    expect(deriveStatus(key, now)).toEqual({ status, expiringSoon });
  });
});

describe('isKeyWorking', () => {
  it.each([
    ['enabled, no expiry', { expiresAt: null, isActive: true }, true],
    ['enabled, a second from expiry', { expiresAt: now + 1000, isActive: true }, true],
    ['enabled, expiring exactly now', { expiresAt: now, isActive: true }, false],
    ['enabled, expired yesterday', { expiresAt: now - DAY_MS, isActive: true }, false],
    ['revoked, not expired', { expiresAt: now + 30 * DAY_MS, isActive: false }, false],
    ['revoked, no expiry', { expiresAt: null, isActive: false }, false],
  ] as const)('%s', (_label, key, working) => {
    expect(isKeyWorking(key, now)).toBe(working);
  });
});
