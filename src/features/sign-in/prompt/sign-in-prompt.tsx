import { Dialog, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { setCredentials, type Credentials } from '../../../lib/session';
import { SignInMethods } from '../components/sign-in-methods';

/**
 * Sign-in over the page, for a session that ended while a new key's secret is on screen: going to
 * the sign-in page would unmount the secret view and lose the secret for good. It cannot be
 * dismissed (there is no session to go back to); once signed in, the page is as the user left it,
 * and what it shows reloads with the new credential.
 */
export function SignInPrompt() {
  const queryClient = useQueryClient();
  const titleId = useId();
  const textId = useId();

  const onSignedIn = (credentials: Credentials, options: { persist: boolean }) => {
    setCredentials(credentials, options);
    // Cached data of pages not on screen may be another user's: it goes. What is on screen (and
    // was seen already) reloads in place, so the secret view stays mounted.
    queryClient.removeQueries({ type: 'inactive' });
    void queryClient.invalidateQueries();
  };

  return (
    <Dialog open aria-labelledby={titleId} aria-describedby={textId} maxWidth="xs" fullWidth>
      <DialogTitle id={titleId}>Sign in again</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText id={textId}>
            Your session has ended. Sign in to carry on where you were: the new key stays on screen until you
            press Done.
          </DialogContentText>
          <SignInMethods onSignedIn={onSignedIn} />
        </Stack>
      </DialogContent>
    </Dialog>
  );
}
