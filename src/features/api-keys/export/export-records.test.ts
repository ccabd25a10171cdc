import { describe, expect, it } from 'vitest';
import { toRows } from '../model/key-rows';
import { DAY_MS } from '../model/status';
import type { ApiKey } from '../model/types';
import { EXPORT_FIELDS, toExportRecords, type ExportOwner } from './export-records';

const NOW = Date.UTC(2026, 11, 2, 12);

function key(overrides: Partial<ApiKey>): ApiKey {
  return {
    uid: 'k-1',
    name: 'ci-deploy',
    description: 'Deploys main',
    owner: { uid: 'u-ava', name: 'Ava Admin' },
    expiresAt: NOW + 30 * DAY_MS,
    createdAt: NOW - 10 * DAY_MS,
    isActive: true,
    ...overrides,
  };
}

const owners = new Map<string, ExportOwner>([
  ['u-ava', { email: 'ava@acme.example', isActive: true }],
  ['u-dan', { email: 'dan@acme.example', isActive: false }],
]);

describe('toExportRecords', () => {
  it('has exactly the fields of the spec, and none that could hold a secret', () => {
    const [record] = toExportRecords(toRows([key({})], NOW), owners);
    expect(Object.keys(record!)).toEqual([...EXPORT_FIELDS]);
    expect(Object.keys(record!).some((field) => /secret|token|key$/i.test(field))).toBe(false);
  });

  it("carries the key's fields and its owner's email, dates as RFC 3339 in UTC", () => {
    const expiry = Date.UTC(2027, 0, 1, 8, 30);
    const [record] = toExportRecords(toRows([key({ expiresAt: expiry })], NOW), owners);
    expect(record).toEqual({
      name: 'ci-deploy',
      description: 'Deploys main',
      ownerName: 'Ava Admin',
      ownerEmail: 'ava@acme.example',
      ownerState: 'active',
      status: 'active',
      expiresAt: '2027-01-01T08:30:00.000Z',
      createdAt: new Date(NOW - 10 * DAY_MS).toISOString(),
      uid: 'k-1',
    });
  });

  it('names the owner deactivated, or a former user when no longer in the tenant', () => {
    const rows = toRows(
      [
        key({ uid: 'k-dan', owner: { uid: 'u-dan', name: 'Dan Gone' } }),
        key({ uid: 'k-old', owner: { uid: 'u-left', name: 'u-left' } }),
      ],
      NOW,
    );
    const [dan, left] = toExportRecords(rows, owners);
    expect(dan).toMatchObject({
      ownerName: 'Dan Gone',
      ownerEmail: 'dan@acme.example',
      ownerState: 'deactivated',
    });
    expect(left).toMatchObject({ ownerName: 'Former user', ownerEmail: '', ownerState: 'former' });
  });

  it('exports the status as the table derives it, expiring soon included', () => {
    const rows = toRows(
      [
        key({ uid: 'soon', expiresAt: NOW + DAY_MS }),
        key({ uid: 'off', isActive: false }),
        key({ uid: 'past', expiresAt: NOW - DAY_MS }),
        key({ uid: 'never', expiresAt: null, createdAt: null }),
      ],
      NOW,
    );
    const records = toExportRecords(rows, owners);
    expect(records.map((r) => r.status)).toEqual(['expiring', 'revoked', 'expired', 'active']);
    expect(records[3]).toMatchObject({ expiresAt: null, createdAt: null });
  });

  it('keeps the order of the view', () => {
    const rows = toRows([key({ uid: 'b' }), key({ uid: 'a' }), key({ uid: 'c' })], NOW);
    expect(toExportRecords(rows, owners).map((r) => r.uid)).toEqual(['b', 'a', 'c']);
  });
});
