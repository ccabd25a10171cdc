export { SessionProvider, useCan, useSession } from './context';
export { fetchSession, sessionQueries, type Profile, type Session, type SessionAccess } from './session';
export {
  forgetCredentials,
  headersFor,
  paletteAuth,
  restoreCredentials,
  setCredentials,
  signOut,
  tokenExpiry,
  type Credentials,
  type CredentialState,
} from './credentials';
export { useCredentialState } from './use-credentials';
