/**
 * Removes anything that looks like a credential from text meant for people or logs: Palette error
 * messages can echo the caller's own API key or token.
 */
const PATTERNS: RegExp[] = [
  // Header-like fragments: "ApiKey: abc", "Authorization=xyz", "Bearer abc", `"password":"abc"`.
  /\b(api[-_ ]?key|authorization|token|password|secret|bearer)(["']?\s*[:=]\s*["']?|\s+(?=[^\s"',;]{16,}))([^\s"',;]{6,})/gi,
  // JSON Web Tokens.
  /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g,
  // Long opaque strings (API keys are random base64/hex/url-safe runs of 20 or more).
  /\b(?=[A-Za-z0-9+/_=-]*\d)(?=[A-Za-z0-9+/_=-]*[A-Za-z])[A-Za-z0-9+/_=-]{20,}/g,
];

export const REDACTED = '[redacted]';

export function redact(text: string): string {
  let out = text;
  out = out.replace(PATTERNS[0]!, (_m, label: string, sep: string) => `${label}${sep}${REDACTED}`);
  out = out.replace(PATTERNS[1]!, REDACTED);
  out = out.replace(PATTERNS[2]!, REDACTED);
  return out;
}
