import type { Page } from '@playwright/test';
import type { V1ApiKey } from '../../src/lib/api/palette';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Answer<T = unknown> {
  status: number;
  body: T | undefined;
}

/**
 * Calls the (mock) Palette API from the page, as the persona signed in to the tab, the way any
 * script on the page could. Calls are spaced to Palette's rate limit on /v1/apiKeys (10 per second),
 * and a 429 is retried after the Retry-After the server asks for.
 */
export async function callApi<T = unknown>(
  page: Page,
  method: Method,
  path: string,
  body?: unknown,
): Promise<Answer<T>> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const MIN_GAP_MS = 110;
      const holder = window as unknown as { __e2eLastApiCall?: number };
      for (let attempt = 0; ; attempt += 1) {
        const gap = Date.now() - (holder.__e2eLastApiCall ?? 0);
        if (gap < MIN_GAP_MS) await new Promise((resolve) => setTimeout(resolve, MIN_GAP_MS - gap));
        holder.__e2eLastApiCall = Date.now();
        const response = await fetch(path, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
        });
        if (response.status === 429 && attempt < 5) {
          const seconds = Number(response.headers.get('Retry-After') ?? '1');
          await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
          continue;
        }
        const text = await response.text();
        return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
      }
    },
    { method, path, body },
  ) as Promise<Answer<T>>;
}

/** The keys the signed-in persona may list, in Palette's wire shape. */
export async function listKeys(page: Page): Promise<V1ApiKey[]> {
  const answer = await callApi<{ items?: V1ApiKey[] }>(page, 'GET', '/v1/apiKeys');
  if (answer.status !== 200) throw new Error(`GET /v1/apiKeys answered ${answer.status}`);
  return answer.body?.items ?? [];
}

export const keyName = (key: V1ApiKey): string => key.metadata?.name ?? '';
export const keyUid = (key: V1ApiKey): string => key.metadata?.uid ?? '';
export const keyOwnerUid = (key: V1ApiKey): string => key.spec?.user?.uid ?? '';
export const keyIsActive = (key: V1ApiKey): boolean => key.status?.isActive === true;

/** The keys the persona may list, owned by `ownerUid`. */
export async function keysOf(page: Page, ownerUid: string): Promise<V1ApiKey[]> {
  return (await listKeys(page)).filter((key) => keyOwnerUid(key) === ownerUid);
}

/** The key named `name` among those the persona may list; fails when there is none. */
export async function findKey(page: Page, name: string): Promise<V1ApiKey> {
  const key = (await listKeys(page)).find((k) => keyName(k) === name);
  if (!key) throw new Error(`no key named ${name}`);
  return key;
}

/** The body of `PUT /v1/apiKeys/{uid}` that leaves the key as it is. */
export function unchangedUpdateBody(key: V1ApiKey) {
  return {
    metadata: {
      name: keyName(key),
      annotations: { description: key.metadata?.annotations?.description ?? '' },
    },
    spec: { expiry: key.spec?.expiry },
  };
}

/** The body of `POST /v1/apiKeys`, expiring in `days` days. */
export function createBody(name: string, { userUid, days = 30 }: { userUid?: string; days?: number } = {}) {
  return {
    metadata: { name, annotations: { description: 'made by an e2e test' } },
    spec: {
      expiry: new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString(),
      ...(userUid ? { userUid } : {}),
    },
  };
}
