import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { isApiError } from '../../../lib/api/errors';
import {
  CancelledError,
  runRateLimited,
  type QueueProgress,
  type QueueResult,
} from '../../../lib/api/rate-limited-queue';
import { BULK_PACE } from '../model/bulk-pace';
import type { ApiKey, BulkVerb } from '../model/types';
import { deleteApiKey, setApiKeyState } from './endpoints';
import { apiKeyQueries } from './queries';

/**
 * done: the server did it; gone: someone deleted the key meanwhile; failed: refused or lost;
 * cancelled: not sent, or refused with 429 and not re-sent, once the admin cancelled.
 */
export type BulkOutcome = 'done' | 'gone' | 'failed' | 'cancelled';

export interface BulkResult {
  key: ApiKey;
  outcome: BulkOutcome;
  /** Why it did not happen, for anything but `done`. */
  reason?: string;
}

export interface BulkRunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: QueueProgress) => void;
}

function describe(result: QueueResult<void>, verb: BulkVerb): Pick<BulkResult, 'outcome' | 'reason'> {
  if (result.ok) return { outcome: 'done' };
  if (result.cancelled)
    return {
      outcome: 'cancelled',
      reason:
        result.error instanceof CancelledError
          ? 'Not sent: cancelled'
          : 'Not changed: Palette asked to wait, and it was cancelled before trying again',
    };
  const { error } = result;
  if (isApiError(error) && error.status === 404) return { outcome: 'gone', reason: 'Already deleted' };
  if (isApiError(error) && error.status === 403)
    return { outcome: 'failed', reason: `You don't have permission to ${verb} this key` };
  if (isApiError(error) && error.status === 429)
    return { outcome: 'failed', reason: 'Palette kept refusing with "too many requests"; try again later' };
  return {
    outcome: 'failed',
    reason: error instanceof Error ? error.message : 'An unexpected error occurred',
  };
}

/** Writes every outcome into the cached list at once: 20,000 keys are patched once, not per call. */
function applyResults(client: QueryClient, verb: BulkVerb, results: readonly BulkResult[]): void {
  const removed = new Set<string>();
  const revoked = new Set<string>();
  for (const { key, outcome } of results) {
    if (outcome === 'gone' || (outcome === 'done' && verb === 'delete')) removed.add(key.uid);
    else if (outcome === 'done') revoked.add(key.uid);
  }
  if (removed.size === 0 && revoked.size === 0) return;
  client.setQueryData(apiKeyQueries.list().queryKey, (list: ApiKey[] | undefined) =>
    list
      ?.filter((key) => !removed.has(key.uid))
      .map((key) => (revoked.has(key.uid) ? { ...key, isActive: false } : key)),
  );
  for (const uid of removed) client.removeQueries({ queryKey: apiKeyQueries.detail(uid).queryKey });
}

/**
 * Revokes or deletes many keys through the rate-limited queue of `lib/api` (Palette allows about 10
 * requests per second), then updates the cached list with what happened to each key. Cancelling
 * stops sending; calls already sent finish and are reported as they ended (their tasks ignore the
 * signal on purpose: an aborted call may still have reached Palette, and then nobody would know).
 */
export function useBulkKeyAction() {
  const client = useQueryClient();
  return useCallback(
    async (verb: BulkVerb, keys: readonly ApiKey[], options: BulkRunOptions = {}): Promise<BulkResult[]> => {
      const tasks = keys.map((key) => ({
        id: key.uid,
        run: () => (verb === 'revoke' ? setApiKeyState(key.uid, false) : deleteApiKey(key.uid)),
      }));
      const queued = await runRateLimited(tasks, { ...BULK_PACE, ...options });
      const results = queued.map((result, i) => ({ key: keys[i]!, ...describe(result, verb) }));
      applyResults(client, verb, results);
      return results;
    },
    [client],
  );
}
