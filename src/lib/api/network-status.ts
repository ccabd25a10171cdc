/**
 * Whether the console can reach the server, as far as it can tell: the browser's `offline`/`online`
 * events, and what the API client saw last (a request that got no answer at all, or one that got any
 * answer). Plain TypeScript; the offline banner reads it through `useSyncExternalStore`.
 */
export interface NetworkStatus {
  offline: boolean;
  /** `browser`: the browser reports no network; `request`: a request got no answer. */
  reason: 'browser' | 'request' | null;
}

const ONLINE: NetworkStatus = { offline: false, reason: null };

let status: NetworkStatus = ONLINE;
const listeners = new Set<() => void>();
let watchingBrowser = false;

function set(next: NetworkStatus): void {
  if (next.offline === status.offline && next.reason === status.reason) return;
  status = next;
  for (const listener of listeners) listener();
}

function watchBrowser(): void {
  if (watchingBrowser || typeof window === 'undefined') return;
  watchingBrowser = true;
  window.addEventListener('offline', () => set({ offline: true, reason: 'browser' }));
  window.addEventListener('online', () => set(ONLINE));
  if (typeof navigator !== 'undefined' && navigator.onLine === false)
    set({ offline: true, reason: 'browser' });
}

export function networkStatus(): NetworkStatus {
  return status;
}

export function subscribeNetworkStatus(listener: () => void): () => void {
  watchBrowser();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A request got no answer (connection refused, DNS, offline): the server is out of reach. */
export function reportUnreachable(): void {
  if (!status.offline) set({ offline: true, reason: 'request' });
}

/** A request got an answer, whatever its status: the server is reachable again. */
export function reportReachable(): void {
  if (status.offline) set(ONLINE);
}
