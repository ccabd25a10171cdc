import type { Page } from '@playwright/test';
import { appUrl, type OpenOptions, type Persona } from '../fixtures';

export { MY_KEYS, TENANT_KEYS } from '../fixtures';

/** A key of each persona that is active in the typical dataset. */
export const OWN_KEY: Record<Persona, string> = {
  admin: 'terraform-prod',
  user: 'ci-deploy',
  viewer: 'grafana-reader',
};

/** A revoked (not expired) key of each persona in the typical dataset, where there is one. */
export const OWN_REVOKED_KEY: Partial<Record<Persona, string>> = { admin: 'old-laptop', user: 'shared-demo' };

export type OpenAs = (persona: Persona, path: string, options?: OpenOptions) => Promise<void>;

/**
 * Opens `path` as `persona` from the seed, with no latency and no failure unless `params` says so:
 * the tab's mock remembers its scenario, so every state says what it needs.
 */
export function open(openAs: OpenAs, persona: Persona, path: string, options: OpenOptions = {}) {
  return openAs(persona, path, { ...options, params: { latency: '0', fail: '', ...options.params } });
}

/** The same address as `open`, for states where the page has no h1 to wait for. */
export function url(persona: Persona, path: string, options: OpenOptions = {}): string {
  return appUrl(persona, path, { ...options, params: { latency: '0', fail: '', ...options.params } });
}

export { openCreateForm as createDialog } from '../pages/key-dialogs';

/** Moves the pointer out of the way, so no hover or tooltip shows in a screenshot that wants none. */
export async function restPointer(page: Page): Promise<void> {
  await page.mouse.move(640, 790);
}
