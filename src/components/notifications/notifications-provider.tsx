import { Alert, Button, Snackbar } from '@mui/material';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { NotifyContext, type Notice } from './notify-context';

const DEFAULT_HIDE_MS = 6_000;
const ACTION_HIDE_MS = 10_000;
/** How long a notice stays at least before a newer one takes its place: long enough to be read. */
const MIN_SHOWN_MS = 1_500;

interface Queued extends Notice {
  /** Tells two notices with the same text apart, so the snackbar restarts its timer for the second. */
  id: number;
}

interface QueueState {
  /** The notice on screen (or fading out). */
  current: Queued | null;
  open: boolean;
  /** When it began to show; null until its opening transition has started. */
  shownAt: number | null;
  waiting: readonly Queued[];
  nextId: number;
}

const EMPTY: QueueState = { current: null, open: false, shownAt: null, waiting: [], nextId: 1 };

/**
 * The app's one snackbar and its queue. Notices show one at a time, in the order they came: a new
 * one closes the notice on screen once that has been up for a moment (MUI's "consecutive
 * snackbars"), and shows when it has faded out, so the latest outcome is not held back behind an
 * older one's whole timer, and none is lost.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<QueueState>(EMPTY);

  const notify = useCallback((notice: Notice) => {
    setState((s) => {
      const queued = { ...notice, id: s.nextId };
      const nextId = s.nextId + 1;
      if (s.current === null) return { ...s, current: queued, open: true, shownAt: null, nextId };
      return { ...s, waiting: [...s.waiting, queued], nextId };
    });
  }, []);

  const close = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  const started = useCallback(() => setState((s) => ({ ...s, shownAt: Date.now() })), []);
  // Once the notice on screen has faded out, the next one (if any) takes its place.
  const showNext = useCallback(
    () =>
      setState((s) => {
        const [next, ...rest] = s.waiting;
        return next
          ? { ...s, current: next, open: true, shownAt: null, waiting: rest }
          : { ...s, current: null };
      }),
    [],
  );

  const { current, open, shownAt } = state;
  const queued = state.waiting.length > 0;
  // A notice waits for the one on screen, but only until that has been shown for a moment. Counted
  // from the start of its transition: closing a snackbar that has not appeared yet would never end.
  useEffect(() => {
    if (!open || !queued || shownAt === null) return undefined;
    const timer = window.setTimeout(close, Math.max(0, shownAt + MIN_SHOWN_MS - Date.now()));
    return () => window.clearTimeout(timer);
  }, [open, queued, shownAt, close]);

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
        // Above any floating control at the bottom of the screen that sets --floating-controls-height
        // (the designer's Scenario button); MUI's own offsets otherwise.
        sx={{
          bottom: {
            xs: 'calc(8px + var(--floating-controls-height, 0px))',
            sm: 'calc(24px + var(--floating-controls-height, 0px))',
          },
        }}
        // The Snackbar passes only onEnter and onExited on to its transition.
        slotProps={{ transition: { onEnter: started, onExited: showNext } }}
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
