import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiKeyQueries } from './queries';

/**
 * One key, for its own page: `GET /v1/apiKeys/{uid}`, starting from the list's copy when the page
 * was opened from a table (no wait, and the answer then refreshes it), so that a direct link works
 * as well as a click.
 */
export function useApiKey(uid: string) {
  const client = useQueryClient();
  const listKey = apiKeyQueries.list().queryKey;
  return useQuery({
    ...apiKeyQueries.detail(uid),
    initialData: () => client.getQueryData(listKey)?.find((key) => key.uid === uid),
    initialDataUpdatedAt: () => client.getQueryState(listKey)?.dataUpdatedAt,
  });
}
