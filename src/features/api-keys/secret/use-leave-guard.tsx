import { DialogContentText } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';

export interface LeaveGuardText {
  title: string;
  body: string;
  leaveLabel: string;
  stayLabel: string;
}

/**
 * While `active`, leaving the page asks first: the browser's own prompt for a reload or a closed
 * tab (`beforeunload`), and a confirmation for a link or the back button inside the console (the
 * router's blocker, which needs a data router). Returns that confirmation, to render.
 * Only a change of page is blocked: the query of the page behind the dialog may change freely.
 */
export function useLeaveGuard(active: boolean, text: LeaveGuardText): ReactNode {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => active && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!active) return undefined;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [active]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={text.title}
      confirmLabel={text.leaveLabel}
      cancelLabel={text.stayLabel}
      destructive
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      <DialogContentText>{text.body}</DialogContentText>
    </ConfirmDialog>
  );
}
