import { describe, expect, it } from 'vitest';
import { DAY_MS } from './status';
import {
  DEFAULT_QUERY,
  filterRows,
  paginate,
  parseTableQuery,
  sortRows,
  toRows,
  writeTableQuery,
} from './table-query';
import type { ApiKey } from './types';

const now = Date.UTC(2026, 10, 27);

function key(uid: string, name: string, over: Partial<ApiKey> = {}): ApiKey {
  return {
    uid,
    name,
    description: '',
    owner: { uid: 'u1', name: 'Ava Admin' },
    expiresAt: now + 30 * DAY_MS,
    createdAt: now - DAY_MS,
    isActive: true,
    ...over,
  };
}

const keys = [
  key('1', 'terraform-prod', { description: 'Production clusters' }),
  key('2', 'audit-export', { expiresAt: now + 2 * DAY_MS, createdAt: now - 3 * DAY_MS }),
  key('3', 'old-laptop', { isActive: false, owner: { uid: 'u2', name: 'Uma User' } }),
  key('4', 'backup-cron', { expiresAt: now - DAY_MS, owner: { uid: 'u2', name: 'Uma User' } }),
  key('5', 'Build 10', { expiresAt: null, createdAt: null }),
  key('6', 'build 9'),
];
const rows = toRows(keys, now);
const names = (list: { key: ApiKey }[]) => list.map((r) => r.key.name);

describe('filterRows', () => {
  it('searches name, description and owner, ignoring case', () => {
    expect(names(filterRows(rows, { ...DEFAULT_QUERY, q: 'PRODUCTION' }))).toEqual(['terraform-prod']);
    expect(names(filterRows(rows, { ...DEFAULT_QUERY, q: 'uma' }))).toEqual(['old-laptop', 'backup-cron']);
    expect(filterRows(rows, { ...DEFAULT_QUERY, q: '   ' })).toHaveLength(keys.length);
  });

  it('finds a text wherever it is in a key, and only there, whatever its characters', () => {
    const list = toRows(
      [
        key('a', 'Chloé-ÉTÉ', { description: 'déploiement 2026' }),
        key('b', 'zeta_01', { description: '' }),
        key('c', 'x', { owner: { uid: 'u3', name: 'Ünal Ödegaard' } }),
      ],
      now,
    );
    // For every search below, the rows found are exactly those whose text holds it.
    for (const q of ['z', 'Z', 'é', 'été', 'e', '2', '_0', 'x', 'ü', 'ødeg', 'q', 'loé-é', ' 20', '-']) {
      const needle = q.toLocaleLowerCase();
      const expected = list.filter((row) => row.haystack.includes(needle)).map((row) => row.key.uid);
      const found = filterRows(list, { ...DEFAULT_QUERY, q }).map((row) => row.key.uid);
      expect(found, q).toEqual(expected);
    }
    expect(filterRows(list, { ...DEFAULT_QUERY, q: 'z' }).map((row) => row.key.uid)).toEqual(['b']);
    expect(filterRows(list, { ...DEFAULT_QUERY, q: 'q' })).toEqual([]);
  });

  it.each([
    ['active', ['terraform-prod', 'audit-export', 'Build 10', 'build 9']],
    ['expiring', ['audit-export']],
    ['revoked', ['old-laptop']],
    ['expired', ['backup-cron']],
  ] as const)('filters by status %s', (status, expected) => {
    expect(names(filterRows(rows, { ...DEFAULT_QUERY, status }))).toEqual(expected);
  });

  it('gives the same rows typing on, backspacing, or changing a filter between keystrokes', () => {
    const list = toRows(keys, now);
    const search = (q: string, status: (typeof DEFAULT_QUERY)['status'] = 'all') =>
      names(filterRows(list, { ...DEFAULT_QUERY, q, status }));
    expect(search('b')).toEqual(['backup-cron', 'Build 10', 'build 9']);
    expect(search('bu')).toEqual(['Build 10', 'build 9']);
    expect(search('bui', 'expired')).toEqual([]);
    expect(search('build')).toEqual(['Build 10', 'build 9']);
    expect(search('build 1')).toEqual(['Build 10']);
    expect(search('build')).toEqual(['Build 10', 'build 9']);
    expect(search('uma')).toEqual(['old-laptop', 'backup-cron']);
    expect(search('')).toHaveLength(keys.length);
  });

  it('filters to keys whose owner is orphaned, once the owners are known', () => {
    const orphanedOwners = new Set(['u2']);
    expect(names(filterRows(rows, { ...DEFAULT_QUERY, orphaned: true }, { orphanedOwners }))).toEqual([
      'old-laptop',
      'backup-cron',
    ]);
    expect(filterRows(rows, { ...DEFAULT_QUERY, orphaned: true })).toEqual([]);
  });

  it('filters to keys expiring within a week that have not expired yet', () => {
    const week = { start: now, end: now + 7 * DAY_MS };
    expect(names(filterRows(rows, DEFAULT_QUERY, { week }))).toEqual(['audit-export']);
    expect(
      names(filterRows(rows, DEFAULT_QUERY, { week: { start: now - 7 * DAY_MS, end: now + 7 * DAY_MS } })),
    ).toEqual(['audit-export']);
  });

  it('filters by owner and combines filters', () => {
    expect(names(filterRows(rows, { ...DEFAULT_QUERY, owner: 'u2', status: 'expired' }))).toEqual([
      'backup-cron',
    ]);
  });
});

describe('sortRows', () => {
  it('sorts names naturally and without regard to case', () => {
    expect(names(sortRows(rows, 'name', 'asc'))).toEqual([
      'audit-export',
      'backup-cron',
      'build 9',
      'Build 10',
      'old-laptop',
      'terraform-prod',
    ]);
  });

  it('puts keys without an expiry last when ascending, first when descending', () => {
    expect(names(sortRows(rows, 'expiresAt', 'asc')).at(-1)).toBe('Build 10');
    expect(names(sortRows(rows, 'expiresAt', 'desc'))[0]).toBe('Build 10');
    expect(names(sortRows(rows, 'expiresAt', 'asc'))[0]).toBe('backup-cron');
  });

  it('orders status active (expiring first), revoked, expired', () => {
    expect(names(sortRows(rows, 'status', 'asc')).slice(0, 1)).toEqual(['audit-export']);
    expect(names(sortRows(rows, 'status', 'asc')).slice(-2)).toEqual(['old-laptop', 'backup-cron']);
  });

  it('breaks ties by name so the order is stable', () => {
    expect(names(sortRows(rows, 'owner', 'asc')).slice(0, 4)).toEqual([
      'audit-export',
      'build 9',
      'Build 10',
      'terraform-prod',
    ]);
  });

  it('leaves its input alone', () => {
    const before = names(rows);
    sortRows(rows, 'name', 'desc');
    expect(names(rows)).toEqual(before);
  });
});

describe('paginate', () => {
  const items = Array.from({ length: 60 }, (_, i) => i);
  it('slices a page and clamps a page past the end', () => {
    expect(paginate(items, 2, 25)).toMatchObject({
      page: 2,
      pageCount: 3,
      total: 60,
      items: items.slice(25, 50),
    });
    expect(paginate(items, 9, 25).page).toBe(3);
    expect(paginate([], 1, 25)).toMatchObject({ page: 1, pageCount: 1, items: [] });
  });
});

describe('URL round trip', () => {
  it('writes only what differs from the defaults and keeps other parameters', () => {
    const params = writeTableQuery(new URLSearchParams('as=admin'), {
      ...DEFAULT_QUERY,
      q: 'ci',
      status: 'expired',
      page: 3,
      pageSize: 50,
    });
    expect(params.toString()).toBe('as=admin&q=ci&status=expired&page=3&size=50');
    expect(parseTableQuery(params)).toEqual({
      ...DEFAULT_QUERY,
      q: 'ci',
      status: 'expired',
      page: 3,
      pageSize: 50,
    });
  });

  it('round-trips the orphaned and week filters', () => {
    const params = writeTableQuery(new URLSearchParams(), {
      ...DEFAULT_QUERY,
      orphaned: true,
      week: '2026-11-30',
    });
    expect(params.toString()).toBe('orphaned=true&week=2026-11-30');
    expect(parseTableQuery(params)).toMatchObject({ orphaned: true, week: '2026-11-30' });
    expect(parseTableQuery(new URLSearchParams('orphaned=yes&week=soon'))).toEqual(DEFAULT_QUERY);
  });

  it('falls back to defaults for values it does not know', () => {
    expect(parseTableQuery(new URLSearchParams('status=bogus&sort=evil&dir=up&page=-2&size=7'))).toEqual(
      DEFAULT_QUERY,
    );
  });
});
