import { Alert, Button, Snackbar } from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { NotifyContext, type Notice } from './notify-context';

const DEFAULT_HIDE_MS = 6_000;
const ACTION_HIDE_MS = 10_000;

interface Queued extends Notice {
  /** Tells two notices with the same text apart, so the snackbar restarts its timer for the second. */
  id: number;
}

interface QueueState {
  /** The notice on screen (or fading out). */
  current: Queued | null;
  open: boolean;
  /** Its opening transition has ended: only then can it be closed for the next one, or it would never fade out. */
  entered: boolean;
  waiting: readonly Queued[];
  nextId: number;
}

const EMPTY: QueueState = { current: null, open: false, entered: false, waiting: [], nextId: 1 };

/**
 * The app's one snackbar and its queue. Notices show one at a time, in the order they came: a new
 * one closes the notice on screen (MUI's "consecutive snackbars"), and shows once that has faded
 * out, so the latest outcome is never held back behind an older one's timer.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<QueueState>(EMPTY);

  const notify = useCallback((notice: Notice) => {
    setState((s) => {
      const queued = { ...notice, id: s.nextId };
      const nextId = s.nextId + 1;
      if (s.current === null) return { ...s, current: queued, open: true, entered: false, nextId };
      return { ...s, open: s.open && !s.entered, waiting: [...s.waiting, queued], nextId };
    });
  }, []);

  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  // A notice that came while this one was still opening closes it as soon as it is fully shown.
  const entered = useCallback(
    () => setState((s) => ({ ...s, entered: true, open: s.open && s.waiting.length === 0 })),
    [],
  );
  // Once the notice on screen has faded out, the next one (if any) takes its place.
  const showNext = useCallback(
    () =>
      setState((s) => {
        const [next, ...rest] = s.waiting;
        return next
          ? { ...s, current: next, open: true, entered: false, waiting: rest }
          : { ...s, current: null };
      }),
    [],
  );

  const { current, open } = state;
  return (
    <NotifyContext value={notify}>
      {children}
      <Snackbar
        key={current?.id}
        open={open && current !== null}
        autoHideDuration={current?.autoHideMs ?? (current?.action ? ACTION_HIDE_MS : DEFAULT_HIDE_MS)}
        onClose={(_event, reason) => {
          // A click elsewhere on the page must not swallow an Undo before the user has read it.
          if (reason !== 'clickaway') close();
        }}
        slotProps={{ transition: { onEntered: entered, onExited: showNext } }}
      >
        {current ? (
          <Alert
            severity={current.severity ?? 'success'}
            // Standard, not filled: MUI's filled success and error fall below 4.5:1 in the dark theme.
            variant="standard"
            elevation={6}
            onClose={close}
            action={
              current.action && (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    close();
                    current.action?.onClick();
                  }}
                >
                  {current.action.label}
                </Button>
              )
            }
            sx={{ overflowWrap: 'anywhere', maxWidth: 560 }}
          >
            {current.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifyContext>
  );
}
