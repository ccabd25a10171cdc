/** The runtime configuration served beside index.html as `config.json`. */
export interface RuntimeConfig {
  backend: 'mock' | 'palette';
  /** Where `/v1` lives: '' for the same origin (behind the reverse proxy), or an absolute URL. */
  apiBaseUrl: string;
  /**
   * The Palette API's host name (`api.spectrocloud.com` for Palette SaaS, `palette.example.com`
   * self-hosted), for the "Copy as" snippets: behind the same-origin proxy the console cannot see it.
   */
  apiHost?: string;
  /** Palette's own console (`https://console.spectrocloud.com`), for `palette login --console-url`. */
  consoleUrl?: string;
}

/** The mock: what the dev server and the static demo run on without a `config.json` (and what tests use). */
export const DEFAULT_CONFIG: RuntimeConfig = { backend: 'mock', apiBaseUrl: '' };

/** A production build without a `config.json`: Palette, behind the reverse proxy on the console's origin. */
export const SAME_ORIGIN_PALETTE: RuntimeConfig = { backend: 'palette', apiBaseUrl: '' };

/**
 * What reading `config.json` came to: a configuration, or a problem that stops the console from
 * starting (it never guesses a backend for a file it could not read).
 */
export type ConfigOutcome = { ok: true; config: RuntimeConfig } | { ok: false; problem: string };

const BACKENDS: readonly RuntimeConfig['backend'][] = ['mock', 'palette'];

function isBackend(value: unknown): value is RuntimeConfig['backend'] {
  return BACKENDS.some((backend) => backend === value);
}

/** `apiBaseUrl`: '' or an absolute http(s) URL without credentials, query or fragment; trailing slashes go. */
function parseApiBaseUrl(value: unknown): string | null {
  if (value === undefined || value === '') return '';
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const plain =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    !url.username &&
    !url.password &&
    !url.search &&
    !url.hash;
  return plain ? value.replace(/\/+$/, '') : null;
}

/** Checks what `config.json` holds; names the offending value so that whoever deploys can fix it. */
export function parseConfig(value: unknown): ConfigOutcome {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problem: 'config.json does not hold a JSON object.' };
  const backend: unknown = Reflect.get(value, 'backend');
  if (backend === undefined)
    return {
      ok: false,
      problem: 'config.json does not say which backend to use: set "backend" to "palette".',
    };
  if (!isBackend(backend))
    return {
      ok: false,
      problem: `config.json names an unknown backend, ${JSON.stringify(backend)}: use "palette" (or "mock").`,
    };
  const rawBase: unknown = Reflect.get(value, 'apiBaseUrl');
  const apiBaseUrl = parseApiBaseUrl(rawBase);
  if (apiBaseUrl === null)
    return {
      ok: false,
      problem: `config.json has an invalid "apiBaseUrl", ${JSON.stringify(rawBase)}: use "" for this origin, or an absolute http(s) URL without query or fragment.`,
    };
  const rawHost: unknown = Reflect.get(value, 'apiHost');
  const apiHost = typeof rawHost === 'string' ? rawHost.trim() : '';
  const rawConsole: unknown = Reflect.get(value, 'consoleUrl');
  const consoleUrl = typeof rawConsole === 'string' ? rawConsole.trim().replace(/\/+$/, '') : '';
  return {
    ok: true,
    config: { backend, apiBaseUrl, ...(apiHost && { apiHost }), ...(consoleUrl && { consoleUrl }) },
  };
}

/**
 * Where `config.json` is: beside index.html, at the app's base. Not relative to the page's own
 * address, which on a deep link (`/profile/api-keys`) is a folder that holds no config. A relative
 * base (`./`, the static demo) resolves against the document's base URI.
 */
function configUrl(): URL {
  const base = import.meta.env.BASE_URL;
  return base.startsWith('/')
    ? new URL(`${base}config.json`, window.location.origin)
    : new URL('config.json', document.baseURI);
}

/**
 * Only the dev server and the static demo start on the mock without being told: there a missing or
 * unreadable file (a static host's 403 or 404, the dev server's index.html) means "no configuration".
 */
function mockUnlessTold(): boolean {
  return import.meta.env.DEV || import.meta.env.VITE_DEMO === 'true';
}

/**
 * Reads `config.json` beside index.html. A production build never falls back to the mock: without
 * the file (404) it talks to Palette on its own origin, and a file it cannot read or understand is
 * a problem to show, not a reason to guess.
 */
export async function loadRuntimeConfig(): Promise<ConfigOutcome> {
  const fallback = mockUnlessTold() ? DEFAULT_CONFIG : null;
  let response: Response;
  try {
    response = await fetch(configUrl(), { cache: 'no-store' });
  } catch {
    return fallback
      ? { ok: true, config: fallback }
      : { ok: false, problem: 'config.json could not be loaded: the server did not answer.' };
  }
  if (fallback && !response.ok) return { ok: true, config: fallback };
  if (response.status === 404) return { ok: true, config: SAME_ORIGIN_PALETTE };
  if (!response.ok)
    return { ok: false, problem: `config.json could not be loaded: the server answered ${response.status}.` };
  const type = response.headers.get('content-type') ?? '';
  if (!/\bjson\b/i.test(type)) {
    if (fallback) return { ok: true, config: fallback };
    return {
      ok: false,
      problem: `config.json is not JSON: the server sent ${type.split(';')[0]?.trim() || 'no content type'}.`,
    };
  }
  let value: unknown;
  try {
    value = await response.json();
  } catch {
    return { ok: false, problem: 'config.json is not valid JSON.' };
  }
  return parseConfig(value);
}
