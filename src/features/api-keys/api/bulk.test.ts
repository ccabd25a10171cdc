import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient } from '../../../app/query-client';
import { configureApiClient } from '../../../lib/api/client';
import { DEFAULT_CONFIG } from '../../../lib/api/config';
import type { QueueProgress } from '../../../lib/api/rate-limited-queue';
import { mockControl } from '../../../mocks/control';
import { mockDb } from '../../../mocks/db';
import { settleOnFakeClock, useFakeClock } from '../../../test/fake-clock';
import { useBulkKeyAction } from './bulk';
import { fetchApiKeys } from './endpoints';
import { apiKeyQueries } from './queries';

beforeEach(() => configureApiClient({ baseUrl: DEFAULT_CONFIG.apiBaseUrl }));
afterEach(() => vi.useRealTimers());

async function setUp() {
  const client = createQueryClient({ forTests: true });
  const keys = await fetchApiKeys();
  client.setQueryData(apiKeyQueries.list().queryKey, keys);
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client }, children);
  const { result } = renderHook(() => useBulkKeyAction(), { wrapper });
  return { client, keys, run: result.current };
}

describe('bulk actions against the mock Palette and its rate limit', () => {
  it('revokes through real 429 refusals, retrying each, and patches the cached list once', async () => {
    const { client, keys, run } = await setUp();
    const active = keys.filter((k) => k.isActive).slice(0, 12);
    // Another client has just spent the tenant's burst: the first calls are refused with 429.
    await Promise.all(Array.from({ length: 5 }, () => fetch('http://localhost/v1/apiKeys')));

    const seen: QueueProgress[] = [];
    // Each 429 pauses the queue for its Retry-After (a second): on a fake clock, not a real one.
    useFakeClock();
    const results = await settleOnFakeClock(run('revoke', active, { onProgress: (p) => seen.push(p) }));

    expect(results.map((r) => r.outcome)).toEqual(active.map(() => 'done'));
    expect(seen.at(-1)).toMatchObject({ done: 12, failed: 0, total: 12 });
    expect(seen.at(-1)!.throttled).toBeGreaterThan(0);
    for (const key of active) expect(mockDb().key(key.uid)?.isActive).toBe(false);
    const cached = client.getQueryData(apiKeyQueries.list().queryKey)!;
    expect(cached.filter((k) => active.some((a) => a.uid === k.uid)).every((k) => !k.isActive)).toBe(true);
  });

  it('reports a key deleted meanwhile as gone and drops it, and deletes the others', async () => {
    const { client, keys, run } = await setUp();
    const [gone, ...rest] = keys.slice(0, 4);
    mockDb().deleteKey(gone!.uid);

    const results = await run('delete', [gone!, ...rest]);

    expect(results[0]).toMatchObject({ outcome: 'gone', reason: 'Already deleted' });
    expect(results.slice(1).map((r) => r.outcome)).toEqual(['done', 'done', 'done']);
    const cached = client.getQueryData(apiKeyQueries.list().queryKey)!;
    expect(cached).toHaveLength(keys.length - 4);
  }, 30_000);

  it('stops sending when cancelled and reports the rest as not sent', async () => {
    const { keys, run } = await setUp();
    const controller = new AbortController();
    const targets = keys.filter((k) => k.isActive).slice(0, 10);
    const results = await run('revoke', targets, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 2) controller.abort();
      },
    });
    const cancelled = results.filter((r) => r.outcome === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled[0]!.reason).toBe('Not sent: cancelled');
    for (const { key } of cancelled) expect(mockDb().key(key.uid)?.isActive).toBe(true);
  }, 30_000);

  it('reports the real outcome of the calls already sent when the admin cancels', async () => {
    const { keys, run } = await setUp();
    const targets = keys.filter((k) => k.isActive).slice(0, 10);
    // Someone deleted the first key meanwhile: its call, sent before the cancel, answers 404.
    mockDb().deleteKey(targets[0]!.uid);
    mockControl.setScenario({ latency: 300 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);

    const results = await run('revoke', targets, { signal: controller.signal });

    expect(results[0]).toMatchObject({ outcome: 'gone', reason: 'Already deleted' });
    const done = results.filter((r) => r.outcome === 'done');
    const cancelled = results.filter((r) => r.outcome === 'cancelled');
    expect(done.length).toBeGreaterThan(0);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(done.length + cancelled.length).toBe(targets.length - 1);
    for (const { key } of done) expect(mockDb().key(key.uid)?.isActive).toBe(false);
    for (const { key, reason } of cancelled) {
      expect(reason).toBe('Not sent: cancelled');
      expect(mockDb().key(key.uid)?.isActive).toBe(true);
    }
  }, 30_000);
});
