import { DialogContentText } from '@mui/material';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../confirm-dialog';
import { ConfirmContext, type ConfirmRequest } from './confirm-context';

interface Pending {
  request: ConfirmRequest;
  settle: (outcome: { confirmed: boolean } | { error: unknown }) => void;
}

/**
 * The app's one confirmation dialog, for `useConfirm()`. One question at a time: a new one
 * answers the open one with false. MUI's Dialog returns the focus to the element that had it when
 * the question opened (the row menu's button, say) once it closes.
 */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  // The question stays shown while the dialog fades out after `open` went false.
  const [pending, setPending] = useState<Pending | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const current = useRef<Pending | null>(null);

  const confirm = useCallback(
    (request: ConfirmRequest) =>
      new Promise<boolean>((resolve, reject) => {
        current.current?.settle({ confirmed: false });
        const next: Pending = {
          request,
          settle: (outcome) => {
            if (current.current !== next) return;
            current.current = null;
            setOpen(false);
            setBusy(false);
            if ('error' in outcome) reject(outcome.error);
            else resolve(outcome.confirmed);
          },
        };
        current.current = next;
        setPending(next);
        setOpen(true);
      }),
    [],
  );

  // Nobody is left to answer once the app goes.
  useEffect(() => () => current.current?.settle({ confirmed: false }), []);

  const accept = async () => {
    const asked = current.current;
    if (!asked) return;
    if (!asked.request.action) return asked.settle({ confirmed: true });
    setBusy(true);
    try {
      await asked.request.action();
      asked.settle({ confirmed: true });
    } catch (error) {
      asked.settle({ error });
    }
  };

  const request = pending?.request;
  return (
    <ConfirmContext value={confirm}>
      {children}
      {request && (
        <ConfirmDialog
          open={open}
          title={request.title}
          confirmLabel={request.confirmLabel}
          cancelLabel={request.cancelLabel}
          destructive={request.destructive}
          busy={busy}
          onConfirm={() => void accept()}
          onClose={() => current.current?.settle({ confirmed: false })}
          onExited={() => setPending((shown) => (current.current === null ? null : shown))}
        >
          {typeof request.body === 'string' ? (
            <DialogContentText>{request.body}</DialogContentText>
          ) : (
            request.body
          )}
        </ConfirmDialog>
      )}
    </ConfirmContext>
  );
}
