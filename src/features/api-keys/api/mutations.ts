import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api/errors';
import type { ApiKey } from '../model/types';
import { createApiKey, deleteApiKey, setApiKeyState, updateApiKey } from './endpoints';
import type { KeyDraft } from '../model/types';
import { parseTime } from './mapping';
import { apiKeyQueries } from './queries';

type List = ApiKey[] | undefined;

function patchKey(client: QueryClient, uid: string, patch: (key: ApiKey) => ApiKey): void {
  client.setQueryData(apiKeyQueries.list().queryKey, (list: List) =>
    list?.map((key) => (key.uid === uid ? patch(key) : key)),
  );
  client.setQueryData(apiKeyQueries.detail(uid).queryKey, (key) => key && patch(key));
}

/** A change the server made to a key: its page reads the key and its history again. */
function keyChanged(client: QueryClient, uid: string): void {
  void client.invalidateQueries({ queryKey: apiKeyQueries.detail(uid).queryKey });
  void client.invalidateQueries({ queryKey: apiKeyQueries.history(uid).queryKey });
}

/** Removes a key from the cached list: after a delete, or when the server says it is gone (404). */
export function forgetKey(client: QueryClient, uid: string): void {
  client.setQueryData(apiKeyQueries.list().queryKey, (list: List) => list?.filter((key) => key.uid !== uid));
  client.removeQueries({ queryKey: apiKeyQueries.detail(uid).queryKey });
  client.removeQueries({ queryKey: apiKeyQueries.history(uid).queryKey });
}

function isGone(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/**
 * Creates a key. The answer carries the secret, so the mutation keeps nothing in its cache
 * (`gcTime: 0`) and the caller resets it as soon as the secret view has taken the value.
 */
export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (draft: KeyDraft & { ownerUid: string }) => createApiKey(draft),
    gcTime: 0,
    onSettled: () => client.invalidateQueries({ queryKey: apiKeyQueries.list().queryKey }),
  });
}

export function useUpdateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ uid, draft }: { uid: string; draft: KeyDraft }) => updateApiKey(uid, draft),
    onSuccess: (_data, { uid, draft }) => {
      patchKey(client, uid, (key) => ({
        ...key,
        name: draft.name,
        description: draft.description,
        expiresAt: parseTime(draft.expiry),
      }));
      keyChanged(client, uid);
    },
    onError: (error, { uid }) => {
      if (isGone(error)) forgetKey(client, uid);
    },
  });
}

/**
 * Revoke (`isActive: false`) or re-activate, optimistically. When the server refuses, only that
 * row goes back to what it was (other rows may have changed meanwhile: another revoke, an edit),
 * then the list is reloaded to agree with the server, which may have changed too.
 */
export function useSetApiKeyState() {
  const client = useQueryClient();
  const listKey = apiKeyQueries.list().queryKey;
  return useMutation({
    mutationFn: ({ uid, isActive }: { uid: string; isActive: boolean }) => setApiKeyState(uid, isActive),
    onMutate: async ({ uid, isActive }) => {
      await client.cancelQueries({ queryKey: listKey });
      const wasActive = client.getQueryData(listKey)?.find((key) => key.uid === uid)?.isActive;
      patchKey(client, uid, (key) => ({ ...key, isActive }));
      return { wasActive };
    },
    onError: (error, { uid, isActive }, context) => {
      const wasActive = context?.wasActive;
      if (isGone(error)) forgetKey(client, uid);
      else if (wasActive !== undefined)
        // Only if the row still shows this call's change: a later one on the same key stands.
        patchKey(client, uid, (key) => (key.isActive === isActive ? { ...key, isActive: wasActive } : key));
      void client.invalidateQueries({ queryKey: listKey });
    },
    onSuccess: (_data, { uid }) => keyChanged(client, uid),
  });
}

export function useDeleteApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (uid: string) => deleteApiKey(uid),
    onSuccess: (_data, uid) => forgetKey(client, uid),
    onError: (error, uid) => {
      if (isGone(error)) forgetKey(client, uid);
    },
  });
}
