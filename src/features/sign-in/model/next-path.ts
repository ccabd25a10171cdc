/** The sign-in page's path; `?next=` says where to go back to afterwards. */
export const SIGN_IN_PATH = '/sign-in';

/** `/sign-in?next=<path>`: where a lapsed or missing session sends the user. */
export function signInPath(next?: string): string {
  const safe = next === undefined ? undefined : safeNextPath(next);
  return safe && safe !== '/'
    ? `${SIGN_IN_PATH}?${new URLSearchParams({ next: safe }).toString()}`
    : SIGN_IN_PATH;
}

/**
 * Where to go after signing in: a path of this console only. Anything that could leave the origin
 * (`//evil.example`, `https://…`, `/\evil`), or lead back to sign-in, becomes the home page.
 */
export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  try {
    const base = 'http://console.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base || url.pathname === SIGN_IN_PATH) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
