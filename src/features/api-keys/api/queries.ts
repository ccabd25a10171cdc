import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { fetchApiKey, fetchApiKeys, fetchKeyLimit } from './endpoints';
import { fetchKeyHistory } from './history';

/** The one place where the feature's query keys are written. */
export const apiKeyQueries = {
  all: () => ['apiKeys'] as const,
  list: () =>
    queryOptions({
      queryKey: [...apiKeyQueries.all(), 'list'] as const,
      queryFn: ({ signal }) => fetchApiKeys(signal),
    }),
  detail: (uid: string) =>
    queryOptions({
      queryKey: [...apiKeyQueries.all(), 'detail', uid] as const,
      queryFn: ({ signal }) => fetchApiKey(uid, signal),
    }),
  /** The key's audit entries, a page per `continue` token. */
  history: (uid: string) =>
    infiniteQueryOptions({
      queryKey: [...apiKeyQueries.all(), 'history', uid] as const,
      queryFn: ({ pageParam, signal }) => fetchKeyHistory(uid, pageParam, signal),
      initialPageParam: '',
      getNextPageParam: (last) => last.next || undefined,
    }),
  limit: (tenantUid: string) =>
    queryOptions({
      queryKey: ['tenant', tenantUid, 'apiKeyLimit'] as const,
      queryFn: ({ signal }) => fetchKeyLimit(tenantUid, signal),
      staleTime: 5 * 60_000,
    }),
};
