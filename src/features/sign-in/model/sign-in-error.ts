import { isApiError } from '../../../lib/api/errors';

export type SignInMethod = 'apiKey' | 'password';

/**
 * What to tell the user when a sign-in fails. Never the server's own message: it could quote what was
 * typed (the key, the password). Refusals are worded so as not to say which part was wrong.
 */
export function signInErrorMessage(error: unknown, method: SignInMethod): string {
  if (error instanceof Error && error.name === 'SignInUnsupportedError') return error.message;
  if (isApiError(error)) {
    // Palette has been seen refusing an API key on who-am-I with ResourceNotFound (404), not 401.
    if (error.status === 401 || error.status === 403 || error.status === 404)
      return method === 'apiKey'
        ? 'This API key was not accepted. Check that you pasted all of it, and that it is active and not expired.'
        : 'The email, organisation or password is not correct.';
    if (error.status === 429) return 'Too many attempts. Wait a minute, then try again.';
    // Our own texts (no answer, timeout): they never contain what was typed.
    if (error.status === 0) return error.message;
    const ref = error.ref ? ` (reference ${error.ref})` : '';
    return `Palette could not sign you in right now (${error.status} ${error.code}${ref}). Try again later.`;
  }
  return 'Could not sign in. Try again.';
}
