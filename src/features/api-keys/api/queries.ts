import { queryOptions } from '@tanstack/react-query';
import { fetchApiKey, fetchApiKeys, fetchKeyLimit } from './endpoints';

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
  limit: (tenantUid: string) =>
    queryOptions({
      queryKey: ['tenant', tenantUid, 'apiKeyLimit'] as const,
      queryFn: ({ signal }) => fetchKeyLimit(tenantUid, signal),
      staleTime: 5 * 60_000,
    }),
};
