/** The runtime configuration served beside index.html as `config.json`; absent means the mock. */
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

export const DEFAULT_CONFIG: RuntimeConfig = { backend: 'mock', apiBaseUrl: '' };

function parseConfig(value: unknown): RuntimeConfig {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const backend = record.backend === 'palette' ? 'palette' : 'mock';
  const apiBaseUrl = typeof record.apiBaseUrl === 'string' ? record.apiBaseUrl.replace(/\/+$/, '') : '';
  const apiHost = typeof record.apiHost === 'string' ? record.apiHost.trim() : '';
  const consoleUrl =
    typeof record.consoleUrl === 'string' ? record.consoleUrl.trim().replace(/\/+$/, '') : '';
  return { backend, apiBaseUrl, ...(apiHost && { apiHost }), ...(consoleUrl && { consoleUrl }) };
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

/** Reads `config.json` beside index.html; a missing or unreadable file selects the mock. */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch(configUrl(), { cache: 'no-store' });
    if (!response.ok) return DEFAULT_CONFIG;
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) return DEFAULT_CONFIG;
    return parseConfig(await response.json());
  } catch {
    return DEFAULT_CONFIG;
  }
}
