import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { signInPath } from '../../features/sign-in';
import { useCredentialState } from '../../lib/session';
import { useRuntimeConfig } from '../runtime-config';

/**
 * On a real Palette, the pages need a credential. Without one (never signed in, signed out, or the
 * last one refused with a 401 anywhere) this sends the user to sign in, and back here afterwards.
 * On the mock the tab's persona is the session: nothing to do.
 */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const config = useRuntimeConfig();
  const { credentials, ended } = useCredentialState();
  const location = useLocation();
  if (config.backend !== 'palette' || credentials) return children;
  const here = `${location.pathname}${location.search}${location.hash}`;
  return <Navigate to={signInPath(ended === 'signed-out' ? undefined : here)} replace />;
}
