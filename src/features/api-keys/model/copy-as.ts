/**
 * The "Copy as" snippets of the secret view (spec section 4): how the tools Palette users run take
 * a key. Only the export line holds the secret; every other snippet reads `SPECTROCLOUD_APIKEY`,
 * the variable the Terraform provider and Palette's MCP server read, so the key is typed once and
 * never lands in a Terraform file or a shell history twice.
 */

export const SAAS_API_HOST = 'api.spectrocloud.com';
export const SAAS_CONSOLE_URL = 'https://console.spectrocloud.com';

/** Where the snippets point. */
export interface CopyTarget {
  /** Where the console's own calls go (scheme://host[:port], no trailing slash): curl goes there too. */
  apiBase: string;
  /** The Palette API host name, for `SPECTROCLOUD_HOST` and the Terraform provider. */
  apiHost: string;
  /** Palette's console, for `palette login --console-url`. */
  consoleUrl: string;
  /** The organisation (tenant) name, for `palette login --org`; '' when Palette did not say. */
  orgName: string;
}

export interface CopyTargetInput {
  /** The runtime configuration's `apiBaseUrl`: '' for the console's own origin, or an absolute URL. */
  apiBaseUrl: string;
  apiHost?: string | undefined;
  consoleUrl?: string | undefined;
  /** The console's own origin, where `/v1` is when `apiBaseUrl` is ''. */
  origin: string;
  orgName: string;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves where the snippets point. Behind the same-origin proxy the console cannot see which
 * Palette it talks to, so without `apiHost` it assumes Palette SaaS; a self-hosted Palette serves
 * its console and its API on one host, so its console URL defaults to that host.
 */
export function copyTarget({
  apiBaseUrl,
  apiHost,
  consoleUrl,
  origin,
  orgName,
}: CopyTargetInput): CopyTarget {
  const host = apiHost || (apiBaseUrl ? hostOf(apiBaseUrl) : undefined) || SAAS_API_HOST;
  return {
    apiBase: apiBaseUrl || origin,
    apiHost: host,
    consoleUrl: consoleUrl || (host === SAAS_API_HOST ? SAAS_CONSOLE_URL : `https://${host}`),
    orgName,
  };
}

/** One word for POSIX shells: as it is when it needs no quoting, else in single quotes. */
export function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

export type SnippetId = 'env' | 'terraform' | 'cli' | 'curl';

export interface Snippet {
  id: SnippetId;
  /** The tool, as the choice names it. */
  tool: string;
  /** What the text is, as the copy button and its confirmation name it. */
  what: string;
  text: string;
}

/** The snippets, in the order they are offered: the export line first, since the others read it. */
export function snippets(secret: string, target: CopyTarget): Snippet[] {
  const saas = target.apiHost === SAAS_API_HOST;
  const host = saas ? '' : ` SPECTROCLOUD_HOST=${shellWord(target.apiHost)}`;
  const org = target.orgName ? ` --org ${shellWord(target.orgName)}` : '';
  return [
    {
      id: 'env',
      tool: 'Environment',
      what: 'export line',
      text: `export SPECTROCLOUD_APIKEY=${shellWord(secret)}${host}`,
    },
    {
      id: 'terraform',
      tool: 'Terraform',
      what: 'Terraform provider block',
      text: [
        'provider "spectrocloud" {',
        `  host         = ${JSON.stringify(target.apiHost)}`,
        '  project_name = "Default"',
        '  # api_key is read from SPECTROCLOUD_APIKEY.',
        '}',
      ].join('\n'),
    },
    {
      id: 'cli',
      tool: 'Palette CLI',
      what: 'palette login command',
      text: `palette login --api-key "$SPECTROCLOUD_APIKEY" --console-url ${shellWord(target.consoleUrl)}${org}`,
    },
    {
      id: 'curl',
      tool: 'curl',
      what: 'curl command',
      text: `curl -H "ApiKey: $SPECTROCLOUD_APIKEY" ${shellWord(`${target.apiBase}/v1/users/info`)}`,
    },
  ];
}
