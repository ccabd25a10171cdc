import { useQuery } from '@tanstack/react-query';
import { retryDueAt } from '../../../lib/api/retry-policy';
import { apiKeyQueries } from './queries';

/**
 * While the first load of the key list waits to try again after a 429: when it will (`Date.now()`
 * time). Undefined otherwise. Reads the list the page loads without loading it a second time.
 */
export function useListRetryWait(): number | undefined {
  const { status, fetchStatus, failureReason } = useQuery({ ...apiKeyQueries.list(), enabled: false });
  return status === 'pending' && fetchStatus !== 'idle' ? retryDueAt(failureReason) : undefined;
}
