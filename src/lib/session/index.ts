export { SessionProvider, useCan, useSession } from './context';
export {
  fetchSession,
  sessionQueries,
  type Profile,
  type Session,
  type SessionAccess,
  type WhoAmI,
} from './session';
export {
  currentCredentials,
  forgetCredentials,
  headersFor,
  paletteAuth,
  restoreCredentials,
  setCredentials,
  signOut,
  signOutOfPalette,
  tokenExpiry,
  type Credentials,
  type CredentialState,
} from './credentials';
export { useCredentialState } from './use-credentials';
export { secretOnScreen, useSecretOnScreen, useShowsSecret } from './secret-on-screen';
