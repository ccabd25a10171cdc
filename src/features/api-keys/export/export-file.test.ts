import { describe, expect, it } from 'vitest';
import { toRows } from '../model/key-rows';
import type { ApiKey } from '../model/types';
import { buildExport, exportFileName, type ExportRequest } from './export-file';
import { EXPORT_FIELDS } from './export-records';

const NOW = new Date(2026, 11, 2, 9, 15);

const keys: ApiKey[] = [
  {
    uid: 'k-1',
    name: '=1+1',
    description: 'line 1\nline 2',
    owner: { uid: 'u-ava', name: 'Ava Admin' },
    expiresAt: Date.UTC(2027, 0, 1),
    createdAt: Date.UTC(2026, 0, 1),
    isActive: true,
  },
  {
    uid: 'k-2',
    name: 'old',
    description: '',
    owner: { uid: 'u-gone', name: 'u-gone' },
    expiresAt: null,
    createdAt: Date.UTC(2025, 5, 1),
    isActive: false,
  },
];

function request(overrides: Partial<ExportRequest>): ExportRequest {
  return {
    format: 'csv',
    scope: 'tenant',
    rows: toRows(keys, NOW.getTime()),
    owners: new Map([['u-ava', { email: 'ava@acme.example', isActive: true }]]),
    orgName: 'Acme Robotics',
    now: NOW,
    ...overrides,
  };
}

describe('exportFileName', () => {
  it("says the tenant and the user's day", () => {
    expect(exportFileName(request({}))).toBe('api-keys-acme-robotics-2026-12-02.csv');
    expect(exportFileName(request({ format: 'json', scope: 'mine' }))).toBe(
      'my-api-keys-acme-robotics-2026-12-02.json',
    );
  });

  it('keeps only letters and digits of the organisation name, and leaves out a name that has none', () => {
    expect(exportFileName(request({ orgName: ' Ünïcode / Co. "Ltd" ' }))).toBe(
      'api-keys-unicode-co-ltd-2026-12-02.csv',
    );
    expect(exportFileName(request({ orgName: '' }))).toBe('api-keys-2026-12-02.csv');
    expect(exportFileName(request({ orgName: '../..' }))).toBe('api-keys-2026-12-02.csv');
  });
});

describe('buildExport', () => {
  it('as JSON: an array of objects with the stable fields and ISO dates, one per row', () => {
    const file = buildExport(request({ format: 'json' }));
    expect(file.type).toMatch(/^application\/json/);
    const parsed: unknown = JSON.parse(file.text);
    expect(Array.isArray(parsed)).toBe(true);
    const records = parsed as Record<string, unknown>[];
    expect(records).toHaveLength(2);
    for (const record of records) expect(Object.keys(record)).toEqual([...EXPORT_FIELDS]);
    expect(records[0]).toMatchObject({ name: '=1+1', expiresAt: '2027-01-01T00:00:00.000Z' });
    expect(records[1]).toMatchObject({ ownerName: 'Former user', ownerState: 'former', expiresAt: null });
  });

  it('as CSV: the formula escaped, the line break quoted', () => {
    const file = buildExport(request({}));
    expect(file.type).toMatch(/^text\/csv/);
    expect(file.name).toMatch(/\.csv$/);
    expect(file.text).toContain(`'=1+1,"line 1\nline 2",Ava Admin,ava@acme.example,Active,Active,`);
  });
});
