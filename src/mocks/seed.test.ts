import { describe, expect, it } from 'vitest';
import { deriveStatus } from '../features/api-keys/model/status';
import { iso, LARGE_GONE_OWNERS, prng, seed } from './seed';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 27, 9, 30);

describe('iso', () => {
  it('writes RFC 3339 UTC to the millisecond, as toISOString does (and as Palette writes times)', () => {
    const rand = prng(1);
    const samples = [
      0,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(2100, 2, 1),
      Date.UTC(2026, 11, 31, 23, 59, 59),
    ];
    for (let i = 0; i < 2000; i++) samples.push(Math.floor(rand() * 200 * 365 * DAY));
    for (const ms of samples) expect(iso(ms)).toBe(new Date(ms).toISOString());
  });
});

describe('the large dataset', () => {
  const data = seed('large', now);
  const users = new Map(data.users.map((u) => [u.uid, u]));
  const status = (k: (typeof data.keys)[number]) =>
    deriveStatus({ expiresAt: Date.parse(k.expiry), isActive: k.isActive }, now);

  it('has 1,000 users, some deactivated, and 20,000 keys with unique uids', () => {
    expect(data.users).toHaveLength(1000);
    expect(data.users.filter((u) => !u.isActive).length).toBeGreaterThan(10);
    expect(data.keys).toHaveLength(20_000);
    expect(new Set(data.keys.map((k) => k.uid)).size).toBe(20_000);
  });

  it('spreads the keys over every state, orphaned owners included', () => {
    const count = (test: (k: (typeof data.keys)[number]) => boolean) => data.keys.filter(test).length;
    expect(count((k) => status(k).status === 'active' && !status(k).expiringSoon)).toBeGreaterThan(10_000);
    expect(count((k) => status(k).expiringSoon)).toBeGreaterThan(500);
    expect(count((k) => status(k).status === 'expired')).toBeGreaterThan(1000);
    expect(count((k) => status(k).status === 'revoked')).toBeGreaterThan(1000);
    expect(count((k) => users.get(k.ownerUid)?.isActive === false)).toBeGreaterThan(100);
    expect(count((k) => !users.has(k.ownerUid))).toBe(LARGE_GONE_OWNERS.length * 20);
  });

  it('spreads expiry dates over the next year', () => {
    const days = data.keys.map((k) => (Date.parse(k.expiry) - now) / DAY);
    expect(Math.max(...days)).toBeGreaterThan(350);
    expect(Math.max(...days)).toBeLessThanOrEqual(366);
    const weeks = new Set(days.filter((d) => d > 0).map((d) => Math.floor(d / 7)));
    expect(weeks.size).toBeGreaterThanOrEqual(52);
  });

  // How long it takes to build is a figure of the bench ("Large seed built", bench/node-figures.ts).
  it('is the same tenant every time', () => {
    const again = seed('large', now);
    expect(again).toEqual(data);
  });
});
