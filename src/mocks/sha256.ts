/**
 * SHA-256 of a text as hex, with Web Crypto: the mock keeps only this hash of each secret.
 * `crypto.subtle` is there in every runtime the mock runs in: the browser's service-worker page
 * (a secure context: localhost or HTTPS), Node 20 (Vitest, msw/node) and tsx (the contract server).
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
