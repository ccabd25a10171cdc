import type { Page } from '@playwright/test';

/**
 * Every console message and uncaught error of a page, from the moment this is called, with the
 * values of the logged arguments (an object logged with a secret inside shows only a preview in
 * the message text).
 */
export function recordConsole(page: Page): { lines: () => Promise<string[]> } {
  const pending: Promise<string>[] = [];
  page.on('console', (message) => {
    pending.push(
      Promise.all(
        message.args().map((arg) =>
          arg.jsonValue().then(
            (value: unknown) => JSON.stringify(value) ?? '',
            () => '',
          ),
        ),
      ).then((args) => [`console.${message.type()}: ${message.text()}`, ...args].join(' ')),
    );
  });
  page.on('pageerror', (error) =>
    pending.push(Promise.resolve(`uncaught: ${error.message}\n${error.stack}`)),
  );
  return { lines: () => Promise.all(pending) };
}

interface PageDump {
  /** The serialized DOM. */
  html: string;
  /** The live `value` of every input and textarea (page.content() shows attributes, not values). */
  fieldValues: string[];
  localStorage: string[];
  sessionStorage: string[];
  indexedDb: string[];
  cacheStorage: string[];
  cookies: string;
  url: string;
  historyState: string;
}

/** Everything a secret could be left in that the page can read about itself. */
async function dumpPage(page: Page): Promise<PageDump> {
  return page.evaluate(async () => {
    const asText = (value: unknown): string =>
      JSON.stringify(value, (_key, v: unknown) => {
        if (v instanceof ArrayBuffer) return new TextDecoder().decode(v);
        if (ArrayBuffer.isView(v)) return new TextDecoder().decode(v);
        return v;
      }) ?? String(value);
    const storage = (s: Storage) =>
      Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').map((k) => `${k}=${s.getItem(k) ?? ''}`);
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });

    const indexedDb: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await request(indexedDB.open(info.name));
      for (const storeName of Array.from(db.objectStoreNames)) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([request(store.getAllKeys()), request(store.getAll())]);
        indexedDb.push(`${info.name}/${storeName}: ${asText(keys)} ${asText(values)}`);
      }
      db.close();
    }

    const cacheStorage: string[] = [];
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const req of await cache.keys()) {
        const res = await cache.match(req);
        cacheStorage.push(`${cacheName}: ${req.url} ${res ? await res.text() : ''}`);
      }
    }

    return {
      html: document.documentElement.outerHTML,
      fieldValues: Array.from(
        document.querySelectorAll('input, textarea'),
        (el) => (el as HTMLInputElement).value,
      ),
      localStorage: storage(localStorage),
      sessionStorage: storage(sessionStorage),
      indexedDb,
      cacheStorage,
      cookies: document.cookie,
      url: location.href,
      historyState: asText(history.state),
    };
  });
}

/**
 * Where `secret` can still be found: the DOM (as Playwright serializes it, and the live values of
 * fields), localStorage, sessionStorage, IndexedDB, Cache Storage, cookies, the URL (also as
 * Playwright sees it), the history state, and the console lines given. Empty when it is nowhere.
 */
export async function secretTraces(
  page: Page,
  secret: string,
  consoleLines: string[] = [],
): Promise<string[]> {
  const dump = await dumpPage(page);
  const places: [string, string][] = [
    ['DOM (page.content())', await page.content()],
    ['DOM (outerHTML)', dump.html],
    ['form field values', dump.fieldValues.join('\n')],
    ['localStorage', dump.localStorage.join('\n')],
    ['sessionStorage', dump.sessionStorage.join('\n')],
    ['IndexedDB', dump.indexedDb.join('\n')],
    ['Cache Storage', dump.cacheStorage.join('\n')],
    ['cookies', dump.cookies],
    ['URL', `${page.url()}\n${dump.url}`],
    ['history state', dump.historyState],
    ['console output', consoleLines.join('\n')],
  ];
  return places.filter(([, text]) => text.includes(secret)).map(([place]) => place);
}
