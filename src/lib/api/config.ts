/** The runtime configuration served beside index.html as `config.json`; absent means the mock. */
export interface RuntimeConfig {
  backend: 'mock' | 'palette';
  /** Where `/v1` lives: '' for the same origin (behind the reverse proxy), or an absolute URL. */
  apiBaseUrl: string;
}

export const DEFAULT_CONFIG: RuntimeConfig = { backend: 'mock', apiBaseUrl: '' };

function parseConfig(value: unknown): RuntimeConfig {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const backend = record.backend === 'palette' ? 'palette' : 'mock';
  const apiBaseUrl = typeof record.apiBaseUrl === 'string' ? record.apiBaseUrl.replace(/\/+$/, '') : '';
  return { backend, apiBaseUrl };
}

/** Reads `config.json` next to the page; a missing or unreadable file selects the mock. */
export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
    if (!response.ok) return DEFAULT_CONFIG;
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) return DEFAULT_CONFIG;
    return parseConfig(await response.json());
  } catch {
    return DEFAULT_CONFIG;
  }
}
