import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

/** Time for the caller of a write to show its outcome once the write is over: a frame or two. */
const GRACE_MS = 250;

interface SettleStore {
  settled: () => boolean;
  subscribe: (listener: () => void) => () => void;
}

/**
 * Follows the mutation cache as it changes (its listeners run at once, not in a later batch as
 * useIsMutating's do: the 401 of a request made while a write runs can come before that batch).
 */
function createSettleStore(client: QueryClient): SettleStore {
  const listeners = new Set<() => void>();
  let writing = client.isMutating() > 0;
  let inGrace = false;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const emit = () => listeners.forEach((listener) => listener());
  client.getMutationCache().subscribe(() => {
    const now = client.isMutating() > 0;
    if (now === writing) return;
    writing = now;
    clearTimeout(graceTimer);
    inGrace = !now;
    if (inGrace)
      graceTimer = setTimeout(() => {
        inGrace = false;
        emit();
      }, GRACE_MS);
    emit();
  });
  return {
    settled: () => !writing && !inGrace,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const stores = new WeakMap<QueryClient, SettleStore>();

function settleStore(client: QueryClient): SettleStore {
  let store = stores.get(client);
  if (!store) {
    store = createSettleStore(client);
    stores.set(client, store);
  }
  return store;
}

/**
 * False while a write (a mutation) is under way and for a moment after it ends: the time its
 * caller needs to show the outcome. A create's answer holds the new key's secret, and the list
 * reload that follows it can be the request that meets a lapsed session: the secret view must have
 * mounted (and said a secret is on screen) before the session's end is acted on.
 */
export function useWritesSettled(): boolean {
  const store = settleStore(useQueryClient());
  return useSyncExternalStore(store.subscribe, store.settled, store.settled);
}
