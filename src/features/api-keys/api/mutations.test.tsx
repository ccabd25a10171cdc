import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { createQueryClient } from '../../../app/query-client';
import { configureApiClient } from '../../../lib/api/client';
import { DEFAULT_CONFIG } from '../../../lib/api/config';
import { mockDb } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { useSetApiKeyState } from './mutations';
import { apiKeyQueries } from './queries';

beforeEach(() => configureApiClient({ baseUrl: DEFAULT_CONFIG.apiBaseUrl }));

/** Two revoke buttons' worth of mutations over a list that the page is showing (an active query). */
async function setUp() {
  const client = createQueryClient({ forTests: true });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  const { result } = renderHook(
    () => ({ list: useQuery(apiKeyQueries.list()), first: useSetApiKeyState(), second: useSetApiKeyState() }),
    { wrapper },
  );
  await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
  const active = result.current.list.data!.filter((key) => key.isActive);
  return { client, result, keys: active };
}

describe('a revoke the server refuses', () => {
  it('rolls back its own row only, keeps what changed meanwhile, then reloads the list', async () => {
    const { client, result, keys } = await setUp();
    const [failing, other, changedElsewhere] = keys;
    // The first revoke gets no answer, late; the second one goes through meanwhile.
    server.use(
      http.put(`*/v1/apiKeys/${failing!.uid}/state`, async () => {
        await delay(300);
        return HttpResponse.error();
      }),
    );
    const cached = () => client.getQueryData(apiKeyQueries.list().queryKey)!;
    const row = (uid: string) => cached().find((key) => key.uid === uid);

    act(() => result.current.first.mutate({ uid: failing!.uid, isActive: false }));
    await waitFor(() => expect(row(failing!.uid)?.isActive).toBe(false));
    act(() => result.current.second.mutate({ uid: other!.uid, isActive: false }));
    await waitFor(() => expect(result.current.second.isSuccess).toBe(true));
    expect(row(other!.uid)?.isActive).toBe(false);
    // Someone else deletes a key while this happens: only a reload can tell the console.
    mockDb().deleteKey(changedElsewhere!.uid);

    await waitFor(() => expect(result.current.first.isError).toBe(true));
    expect(row(failing!.uid)?.isActive).toBe(true);
    expect(row(other!.uid)?.isActive).toBe(false);
    await waitFor(() => expect(row(changedElsewhere!.uid)).toBeUndefined());
    expect(row(failing!.uid)?.isActive).toBe(true);
    expect(row(other!.uid)?.isActive).toBe(false);
    expect(mockDb().key(other!.uid)?.isActive).toBe(false);
    expect(mockDb().key(failing!.uid)?.isActive).toBe(true);
  });
});
