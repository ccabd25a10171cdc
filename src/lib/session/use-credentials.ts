import { useSyncExternalStore } from 'react';
import { credentialState, subscribeCredentials, type CredentialState } from './credentials';

/** The tab's credential state (signed in or not, signed out on purpose or not), kept current. */
export function useCredentialState(): CredentialState {
  return useSyncExternalStore(subscribeCredentials, credentialState, credentialState);
}
