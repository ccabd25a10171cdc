import { lazy, Suspense } from 'react';
import { Navigate } from 'react-router';
import { LoadingPage } from '../components/loading-page';
import { HOME_PATH } from './routes';
import { useRuntimeConfig } from './runtime-config';

// Only a real-Palette deployment signs in, and only once a session: its forms load on demand.
const SignInPage = lazy(() =>
  import('../features/sign-in/routes/sign-in-page').then((m) => ({ default: m.SignInPage })),
);

/** `/sign-in` exists on a real Palette only; on the mock the persona is the session, so it goes home. */
export function SignInRoute() {
  const config = useRuntimeConfig();
  return config.backend === 'palette' ? (
    <Suspense fallback={<LoadingPage label="Loading" />}>
      <SignInPage />
    </Suspense>
  ) : (
    <Navigate to={HOME_PATH} replace />
  );
}
