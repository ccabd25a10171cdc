import { describe, expect, it } from 'vitest';
import { toRows } from './key-rows';
import { countRisks, orphanedOwners } from './risk-summary';
import { DAY_MS } from './status';
import type { ApiKey } from './types';

const now = Date.UTC(2026, 10, 27);

function key(uid: string, ownerUid: string, over: Partial<ApiKey> = {}): ApiKey {
  return {
    uid,
    name: uid,
    description: '',
    owner: { uid: ownerUid, name: ownerUid },
    expiresAt: now + 30 * DAY_MS,
    createdAt: null,
    isActive: true,
    ...over,
  };
}

const keys = [
  key('active', 'ava'),
  key('never-expires', 'ava', { expiresAt: null }),
  key('expiring', 'ava', { expiresAt: now + 2 * DAY_MS }),
  key('revoked', 'uma', { isActive: false }),
  key('revoked-and-expired', 'uma', { isActive: false, expiresAt: now - DAY_MS }),
  key('expired', 'dan', { expiresAt: now - DAY_MS }),
  key('deactivated-owner', 'dan'),
  key('owner-gone', 'gone', { expiresAt: now + DAY_MS }),
];
const rows = toRows(keys, now);

const members = [
  { uid: 'ava', isActive: true },
  { uid: 'uma', isActive: true },
  { uid: 'dan', isActive: false },
];

describe('orphanedOwners', () => {
  it('names owners who are deactivated or no longer in the tenant', () => {
    expect([...orphanedOwners(keys, members)!].sort()).toEqual(['dan', 'gone']);
  });

  it('is unknown until the users are', () => {
    expect(orphanedOwners(keys, undefined)).toBeUndefined();
    expect(orphanedOwners(undefined, members)).toBeUndefined();
  });
});

describe('countRisks', () => {
  it('counts each tile over every key, expiring keys among the active ones', () => {
    expect(countRisks(rows, orphanedOwners(keys, members))).toEqual({
      active: 5,
      expiring: 2,
      expired: 2,
      revoked: 1,
      orphaned: 3,
    });
  });

  it('adds up to the number of keys across Active, Expired and Revoked', () => {
    const counts = countRisks(rows, undefined);
    expect(counts.active! + counts.expired! + counts.revoked!).toBe(rows.length);
    expect(counts.orphaned).toBeNull();
  });

  it('counts nothing in an empty tenant', () => {
    expect(countRisks([], new Set())).toEqual({
      active: 0,
      expiring: 0,
      expired: 0,
      revoked: 0,
      orphaned: 0,
    });
  });
});
