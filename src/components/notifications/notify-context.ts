import type { AlertColor } from '@mui/material';
import { createContext, useContext } from 'react';

/** A button on a notice, such as Undo. Clicking it closes the notice, then runs `onClick`. */
export interface NoticeAction {
  label: string;
  onClick: () => void;
}

/** One message for the app-wide snackbar. */
export interface Notice {
  message: string;
  severity?: AlertColor;
  action?: NoticeAction;
  /**
   * How long it stays, in ms. By default 6 s, or 10 s with an action: an Undo needs time to be
   * read and reached.
   */
  autoHideMs?: number;
}

export type Notify = (notice: Notice) => void;

export const NotifyContext = createContext<Notify | null>(null);

/**
 * Shows a notice in the app-wide snackbar, after the ones already waiting. Needs the
 * NotificationsProvider above (the app mounts it once).
 */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify needs a NotificationsProvider above it');
  return notify;
}
