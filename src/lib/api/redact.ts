/**
 * Removes anything that looks like a credential from text meant for people or logs: Palette error
 * messages can echo the caller's own API key or token (a refused key has been seen in a
 * `ResourceNotFound` message), and a proxy's message can echo a path that carries a token.
 */
export const REDACTED = '[redacted]';

/**
 * A word that announces a credential, in any spelling: `ApiKey`, `x-api-key`, `API key`,
 * `refreshToken`, `access_token`, `client_secret`, `"password"`, `Authorization`, `credentials`.
 */
const LABEL = String.raw`\b[\w-]*?(?:api[-_ ]?key|token|password|passwd|secret|authorization|credentials?)[\w-]*`;
/** An authentication scheme in front of the value (`Authorization: Bearer <token>`): kept, it says nothing. */
const SCHEME = String.raw`(?:(?:bearer|basic|digest|token|negotiate|apikey)\s+)?`;

/** `label: value`, `label=value`, `"label":"value with spaces"`: the value goes, whatever its length. */
const LABELLED = new RegExp(
  String.raw`(${LABEL})(["']?\s*[:=]\s*)(?:(["'])(${SCHEME})(?:\\.|[^\\])+?\3|(${SCHEME})[^\s"',;&]+)`,
  'gi',
);
/**
 * `ApiKey <key>`, `Bearer <token>`: a label, a space, and a value long enough to be a credential
 * (but not an identifier: "API key <uid> not found" names a key, it does not hold one).
 */
const SPACED = new RegExp(String.raw`(${LABEL}|\bbearer)(\s+)([^\s"',;]{16,})`, 'gi');
/** JSON Web Tokens (Palette's session tokens are JWTs). */
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
/** The refresh path carries the token itself (`GET /v1/auth/refresh/<token>`): the segment goes, the path stays. */
const TOKEN_PATH = /(\/auth\/refresh\/)[^\s/?#"',;]+/gi;
/** Runs of key-like characters; `/` ends a run, so the path around a token stays readable. */
const RUN = /(?<![\w+=-])[\w+=-]{20,}(?![\w+=-])/g;
/** Identifiers, not secrets: a Palette uid (24 hex digits) and a UUID stay readable. */
const IDENTIFIER = /^(?:[0-9a-f]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * An opaque run long enough to be a key or token: letters and digits mixed (20 or more, as base64,
 * hex and url-safe keys are), or 32 letters without a digit (some Palette keys have none).
 * English words are shorter than 32 letters and have no digits.
 */
function looksLikeSecret(run: string): boolean {
  if (IDENTIFIER.test(run)) return false;
  return (/\d/.test(run) && /[a-z]/i.test(run)) || /[a-z]{32,}/i.test(run);
}

/** Shorter than this, a string is no Palette key or token, and replacing it would garble ordinary words. */
const MIN_VERBATIM = 8;
/** The credentials of this tab lately sent, newest first; a few, so a late echo of the previous one goes too. */
const inUse: string[] = [];
const KEEP = 8;

/**
 * From now on, `redact` removes `credential` verbatim wherever it appears, whatever its shape: the
 * patterns below guess, and a key of an unexpected shape must not slip through. In memory only.
 */
export function redactEverywhere(credential: string): void {
  const forms = new Set([credential, encodeURIComponent(credential)]);
  for (const form of forms) {
    if (form.length < MIN_VERBATIM) continue;
    const at = inUse.indexOf(form);
    if (at === 0) continue;
    if (at > 0) inUse.splice(at, 1);
    inUse.unshift(form);
  }
  inUse.length = Math.min(inUse.length, KEEP);
}

function withoutCredentialsInUse(text: string): string {
  // Longest first, so that a credential that contains another goes whole.
  const longestFirst = [...inUse].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((out, credential) => out.split(credential).join(REDACTED), text);
}

export function redact(text: string): string {
  return withoutCredentialsInUse(text)
    .replace(LABELLED, (...m: (string | undefined)[]) =>
      m[4] !== undefined
        ? `${m[1]}${m[2]}${m[3]}${m[4]}${REDACTED}${m[3]}`
        : `${m[1]}${m[2]}${m[5] ?? ''}${REDACTED}`,
    )
    .replace(SPACED, (match: string, label: string, space: string, value: string) =>
      IDENTIFIER.test(value) ? match : `${label}${space}${REDACTED}`,
    )
    .replace(JWT, REDACTED)
    .replace(TOKEN_PATH, (_m, path: string) => `${path}${REDACTED}`)
    .replace(RUN, (run) => (looksLikeSecret(run) ? REDACTED : run));
}
