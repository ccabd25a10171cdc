import type { ApiClientOptions } from '../lib/api/client';

/**
 * On the mock the tab's persona is the session, so a 401 (the "session expired" failure) cannot send
 * the user to a sign-in page as a real Palette does. It raises this flag instead, and the prompt asks
 * the user to sign in again without leaving the page: nothing typed is lost.
 */
let expired = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (expired === next) return;
  expired = next;
  for (const listener of listeners) listener();
}

export function sessionExpired(): boolean {
  return expired;
}

export function subscribeSessionExpiry(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function dismissSessionExpiry(): void {
  set(false);
}

/** The API client's hooks on the mock: a 401 raises the "session expired" prompt. */
export function mockClientHooks(): Pick<ApiClientOptions, 'onUnauthorized'> {
  return { onUnauthorized: () => set(true) };
}
