import { Alert, Box, Paper, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { setCredentials, useCredentialState, type Credentials } from '../../../lib/session';
import { SignInMethods } from '../components/sign-in-methods';
import { safeNextPath } from '../model/next-path';

/**
 * `/sign-in` on a real Palette: an API key, or email, organisation and password. Once signed in, back
 * to `?next=` (a path of this console), or home.
 */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const queryClient = useQueryClient();
  const { credentials, ended, expiredKind, revokeUnconfirmed } = useCredentialState();

  useEffect(() => {
    document.title = 'Sign in · Palette';
  }, []);

  // Signed in (just now, or already): on to where the user was going.
  if (credentials) return <Navigate to={next} replace />;

  const onSignedIn = (signedIn: Credentials, options: { persist: boolean }) => {
    // Nothing of an earlier session (another user, perhaps) may show in this one.
    queryClient.clear();
    setCredentials(signedIn, options);
  };

  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Paper variant="outlined" sx={{ width: '100%', maxWidth: 460, p: { xs: 3, sm: 4 } }}>
        <Stack spacing={3}>
          <Stack spacing={0.5}>
            <Typography variant="overline" component="p" color="text.secondary">
              Palette API Key Console
            </Typography>
            <Typography variant="h1">Sign in</Typography>
          </Stack>
          {ended === 'expired' && expiredKind !== 'apiKey' && (
            <Alert severity="info" role="status">
              Your session has ended. Sign in again to go back to where you were.
            </Alert>
          )}
          {ended === 'expired' && expiredKind === 'apiKey' && (
            <Alert severity="info" role="status">
              This API key is no longer valid (revoked, expired or deleted). Your session has ended: sign in
              again to go back to where you were.
            </Alert>
          )}
          {ended === 'signed-out' && (
            <Alert severity={revokeUnconfirmed ? 'warning' : 'success'} role="status">
              You have signed out.
              {revokeUnconfirmed &&
                ' Palette did not confirm that your session ended: it stays valid until it lapses by itself (15 minutes by default).'}
            </Alert>
          )}
          <SignInMethods onSignedIn={onSignedIn} />
        </Stack>
      </Paper>
    </Box>
  );
}
