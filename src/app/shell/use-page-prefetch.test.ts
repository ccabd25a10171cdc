import { afterEach, describe, expect, it } from 'vitest';
import { apiKeyQueries } from '../../features/api-keys/api/queries';
import { configureApiClient } from '../../lib/api/client';
import { createQueryClient } from '../query-client';
import { prefetchPageData } from './use-page-prefetch';

const client = createQueryClient({ forTests: true });

function listState() {
  return client.getQueryState(apiKeyQueries.list().queryKey);
}

describe('prefetchPageData: the entry asks for a page’s first data before anything renders', () => {
  configureApiClient({ baseUrl: '' });
  afterEach(() => client.clear());

  it.each(['/tenant-settings/api-keys', '/profile/api-keys'])(
    'on %s, sends the key list at once',
    async (path) => {
      prefetchPageData(client, path);
      expect(listState()?.fetchStatus).toBe('fetching');
      await expect.poll(() => listState()?.status).toBe('success');
      expect(listState()?.data?.length).toBeGreaterThan(0);
    },
  );

  it.each(['/sign-in', '/tenant-settings/api-keys/6540a1f0c0ffee0000000001', '/no-such-page'])(
    'on %s (no list page), asks for nothing',
    (path) => {
      prefetchPageData(client, path);
      expect(listState()).toBeUndefined();
    },
  );
});
