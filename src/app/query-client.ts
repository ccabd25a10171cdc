import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api/errors';
import { isRateLimited, queryRetryDelay, RATE_LIMIT_RETRIES } from '../lib/api/retry-policy';
import { secretOnScreen } from '../lib/session';

/**
 * The one QueryClient factory, used by the app and, with `forTests`, by every test (retries off).
 * Client errors (4xx) are answers, not hiccups: only network failures and 5xx are retried. A 429
 * is retried after its Retry-After, in tests too: waiting it out is what the user sees (the key
 * table says "retrying in 4 s"), not a hiccup hidden from them.
 */
export function createQueryClient({ forTests = false }: { forTests?: boolean } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Not while a new key's secret is on screen: the user comes back from the password manager,
        // and a refetch then could meet a lapsed session (src/lib/session/secret-on-screen.ts).
        refetchOnWindowFocus: forTests ? false : () => !secretOnScreen(),
        retry: (failureCount, error) =>
          isRateLimited(error)
            ? failureCount < RATE_LIMIT_RETRIES
            : !forTests &&
              failureCount < 2 &&
              (!isApiError(error) || error.status === 0 || error.status >= 500),
        retryDelay: queryRetryDelay,
      },
      mutations: { retry: false },
    },
  });
}
