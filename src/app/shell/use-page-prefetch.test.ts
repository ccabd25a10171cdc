import { afterEach, describe, expect, it } from 'vitest';
import { apiKeyQueries } from '../../features/api-keys/api/queries';
import { configureApiClient } from '../../lib/api/client';
import { sessionQueries } from '../../lib/session';
import { requestPathsDuring } from '../../test/request-paths';
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
    'on %s, sends the key list at once, and who-am-I right after it',
    async (path) => {
      const sessionState = () => client.getQueryState(sessionQueries.current().queryKey);
      const requests = await requestPathsDuring(async () => {
        prefetchPageData(client, path);
        expect(listState()?.fetchStatus).toBe('fetching');
        expect(sessionState()?.fetchStatus).toBe('fetching');
        await expect.poll(() => listState()?.status).toBe('success');
        await expect.poll(() => sessionState()?.status).toBe('success');
      });
      expect(listState()?.data?.length).toBeGreaterThan(0);
      // The list first (nothing but config.json before it), who-am-I next, then the roles.
      expect(requests.slice(0, 2)).toEqual(['/v1/apiKeys', '/v1/users/info']);
      expect(sessionState()?.data?.roleNames.length).toBeGreaterThan(0);
    },
  );

  it.each(['/sign-in', '/tenant-settings/api-keys/6540a1f0c0ffee0000000001', '/no-such-page'])(
    'on %s (no list page), asks for nothing',
    (path) => {
      prefetchPageData(client, path);
      expect(listState()).toBeUndefined();
      expect(client.getQueryState(sessionQueries.current().queryKey)).toBeUndefined();
    },
  );
});
