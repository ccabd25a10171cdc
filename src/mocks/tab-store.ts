/**
 * Where the mock keeps a tab's state: sessionStorage in a browser (one tab, survives reloads),
 * plain memory elsewhere (Vitest, the contract server).
 */
export interface TabStore {
  read(key: string): string | null;
  write(key: string, value: string): void;
  remove(key: string): void;
}

function memoryStore(): TabStore {
  const map = new Map<string, string>();
  return {
    read: (key) => map.get(key) ?? null,
    write: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
  };
}

function sessionStore(): TabStore | undefined {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage || typeof window === 'undefined' || navigator.userAgent.includes('jsdom')) return undefined;
    return {
      read: (key) => storage.getItem(key),
      write: (key, value) => {
        try {
          storage.setItem(key, value);
        } catch {
          // Storage full: the tab keeps working from memory; only reload-survival is lost.
        }
      },
      remove: (key) => storage.removeItem(key),
    };
  } catch {
    return undefined;
  }
}

export const tabStore: TabStore = sessionStore() ?? memoryStore();
