import { candidateCredential, palette } from '../../../lib/api/client';
import { ApiError } from '../../../lib/api/errors';
import type { V1AuthLogin } from '../../../lib/api/palette';
import { headersFor, tokenExpiry, type Credentials } from '../../../lib/session';
import type { PasswordForm } from '../model/schemas';

/** The body of `POST /v1/auth/authenticate`, from the form. */
export function toAuthLoginBody(form: PasswordForm): V1AuthLogin {
  return { emailId: form.emailId.trim(), org: form.org.trim(), password: form.password };
}

/** Palette answered, but this console cannot go on (an MFA challenge, a token-less answer). */
export class SignInUnsupportedError extends Error {
  override readonly name = 'SignInUnsupportedError';
}

/**
 * Accepts a credential only once Palette does: `GET /v1/users/info` with it. Its 401 is an answer
 * about this credential (the client does not end the session for it).
 */
async function check(credentials: Credentials, signal?: AbortSignal): Promise<Credentials> {
  const { data: info } = await palette.GET('/v1/users/info', {
    middleware: [candidateCredential(headersFor(credentials))],
    signal,
  });
  if (!info?.userUid)
    throw new ApiError({ status: 502, code: 'BadGateway', message: 'Palette did not say who is signed in.' });
  return credentials;
}

export function signInWithApiKey(apiKey: string, signal?: AbortSignal): Promise<Credentials> {
  return check({ kind: 'apiKey', apiKey: apiKey.trim() }, signal);
}

export async function signInWithPassword(form: PasswordForm, signal?: AbortSignal): Promise<Credentials> {
  const { data: answer } = await palette.POST('/v1/auth/authenticate', {
    body: toAuthLoginBody(form),
    // No session yet; and no cookie: the console's session is the header it sends, which Sign out forgets.
    middleware: [candidateCredential({})],
    params: { query: { setCookie: false } },
    signal,
  });
  if (answer?.isMfa)
    throw new SignInUnsupportedError(
      'This account uses multi-factor authentication, which the console does not support. Sign in with an API key instead.',
    );
  const token = answer?.Authorization;
  if (!token) throw new SignInUnsupportedError('Palette accepted the sign-in but sent no token.');
  return check({ kind: 'token', token, expiresAt: tokenExpiry(token) }, signal);
}
