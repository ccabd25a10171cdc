import { useLayoutEffect, useSyncExternalStore } from 'react';

/**
 * "A new key's secret is on screen": set by the secret view while it shows one, read by the
 * session's 401 handling (src/app/shell/require-sign-in.tsx) and the query client. While it is set,
 * a 401 must not take the user to the sign-in page, which would unmount the view and lose the
 * secret for good: sign-in opens over the page instead, and refetch on focus pauses.
 */
let holders = 0;
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** Marks a secret as shown until the returned function is called (once; later calls do nothing). */
export function holdSecretOnScreen(): () => void {
  holders += 1;
  notify();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    notify();
  };
}

export function secretOnScreen(): boolean {
  return holders > 0;
}

export function subscribeSecretOnScreen(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For the secret view: holds the signal for as long as `showing` is true and the view is mounted. */
export function useShowsSecret(showing: boolean): void {
  // At commit, not after paint: a 401 handled in between must already see the secret.
  useLayoutEffect(() => (showing ? holdSecretOnScreen() : undefined), [showing]);
}

/** Whether a secret is on screen, kept current. */
export function useSecretOnScreen(): boolean {
  return useSyncExternalStore(subscribeSecretOnScreen, secretOnScreen, secretOnScreen);
}
