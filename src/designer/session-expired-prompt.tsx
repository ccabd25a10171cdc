import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useSyncExternalStore } from 'react';
import { mockControl } from '../mocks/control';
import { dismissSessionExpiry, sessionExpired, subscribeSessionExpiry } from './session-expiry';
import type { ScenarioActions } from './use-scenario-actions';

/**
 * "Your session has expired", on the mock. A real Palette sends the user to sign in and back; here
 * signing in again ends the injected failure and reloads what failed, in place: an open dialog keeps
 * what was typed, and its submit can simply be pressed again.
 */
export function SessionExpiredPrompt({ actions }: { actions: ScenarioActions }) {
  const client = useQueryClient();
  const open = useSyncExternalStore(subscribeSessionExpiry, sessionExpired, sessionExpired);
  const titleId = useId();
  const textId = useId();

  const signInAgain = () => {
    const { failures } = mockControl.scenario;
    if (failures.includes('session-expired'))
      actions.setFailures(failures.filter((failure) => failure !== 'session-expired'));
    dismissSessionExpiry();
    void client.invalidateQueries();
  };

  return (
    <Dialog open={open} aria-labelledby={titleId} aria-describedby={textId} maxWidth="xs">
      <DialogTitle id={titleId}>Your session has expired</DialogTitle>
      <DialogContent>
        <DialogContentText id={textId}>
          Sign in again to carry on where you were. Nothing you have entered is lost.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={signInAgain}>
          Sign in again
        </Button>
      </DialogActions>
    </Dialog>
  );
}
