import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http } from 'msw';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../app/query-client';
import { configureApiClient } from '../../../lib/api/client';
import { DEFAULT_CONFIG } from '../../../lib/api/config';
import { PERSONAS } from '../../../mocks/personas';
import { server } from '../../../mocks/node';
import { useListedAccess } from './listed-access';
import { apiKeyQueries } from './queries';

beforeEach(() => configureApiClient({ baseUrl: DEFAULT_CONFIG.apiBaseUrl }));

describe('useListedAccess', () => {
  it('reads the access the list proves, then lets go of it without cancelling a list in flight', async () => {
    const client = createQueryClient({ forTests: true });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    let releaseList = () => {};
    const listHeld = new Promise<void>((resolve) => {
      releaseList = resolve;
    });
    let listRequests = 0;
    // Returning nothing hands the request on to the mock's own handler, once released.
    server.use(
      http.get('*/v1/apiKeys', async () => {
        listRequests += 1;
        await listHeld;
      }),
    );
    const { result, rerender } = renderHook(({ user }) => useListedAccess(user), {
      wrapper,
      initialProps: { user: PERSONAS.admin.uid as string | undefined },
    });
    // The page's prefetch: the shell's hook is the list's only observer while it is on its way.
    void client.prefetchQuery(apiKeyQueries.list());
    await waitFor(() => expect(listRequests).toBe(1));
    expect(result.current).toBeUndefined();

    // The roles answer: the shell stops asking. The list must stay on its way, not be cancelled
    // (a list in flight whose last observer leaves is, and the page would then send it again).
    rerender({ user: undefined });
    expect(client.getQueryState(apiKeyQueries.list().queryKey)?.fetchStatus).toBe('fetching');
    releaseList();
    await waitFor(() => expect(client.getQueryState(apiKeyQueries.list().queryKey)?.status).toBe('success'));
    expect(listRequests).toBe(1);
    expect(result.current).toBeUndefined();
  });

  it("calls an admin's list, with other users' keys, at least a viewer's", async () => {
    const client = createQueryClient({ forTests: true });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const { result } = renderHook(() => useListedAccess(PERSONAS.admin.uid), { wrapper });
    await client.prefetchQuery(apiKeyQueries.list());
    await waitFor(() => expect(result.current).toBe('tenant-viewer'));
  });
});
