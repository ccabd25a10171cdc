import { createContext, useContext, type ReactNode } from 'react';

/** What a confirmation asks. */
export interface ConfirmRequest {
  title: ReactNode;
  /** What will happen; read out with the title when the dialog opens. */
  body: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Colours the confirm button as a destructive action (revoke, delete). */
  destructive?: boolean;
  /**
   * The confirmed action. While it runs the dialog stays open with a spinner and cannot be
   * dismissed, so that its outcome is seen; then the dialog closes, whether it succeeded or not.
   */
  action?: () => Promise<unknown>;
}

/**
 * Resolves true once the user confirmed (and `action`, if any, has succeeded), false when they
 * cancelled or dismissed the dialog. Rejects with the error of a failed `action`.
 */
export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

export const ConfirmContext = createContext<Confirm | null>(null);

/** Asks a yes/no question in the app's one confirmation dialog. Needs the ConfirmProvider above. */
export function useConfirm(): Confirm {
  const confirm = useContext(ConfirmContext);
  if (!confirm) throw new Error('useConfirm needs a ConfirmProvider above it');
  return confirm;
}
