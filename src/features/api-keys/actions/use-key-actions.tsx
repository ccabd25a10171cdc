import { Alert, Button, DialogContentText, Snackbar, type AlertColor } from '@mui/material';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { LoadingDialog } from '../../../components/loading-dialog';
import { isApiError } from '../../../lib/api/errors';
import { useDeleteApiKey, useSetApiKeyState } from '../api/mutations';
import type { ApiKey } from '../model/types';

// The forms (react-hook-form, zod, the user picker) load when first opened, not with the page: a
// tenant admin who only reviews keys never downloads them.
const CreateKeyDialog = lazy(() =>
  import('../key-form/create-key-dialog').then((m) => ({ default: m.CreateKeyDialog })),
);
const EditKeyDialog = lazy(() =>
  import('../key-form/edit-key-dialog').then((m) => ({ default: m.EditKeyDialog })),
);

type Verb = 'revoke' | 're-activate' | 'delete';

interface Confirmation {
  kind: 'revoke' | 'delete';
  key: ApiKey;
  /** Enabled and not past its expiry, when the user asked: a delete says so first. */
  working: boolean;
}

interface Notice {
  /** Distinguishes two notices with the same text, so the snackbar restarts its timer. */
  id: number;
  message: string;
  severity: AlertColor;
  /** The key a successful revoke can be undone on. */
  undo?: ApiKey;
}

export interface KeyActions {
  /** Opens "Add New API Key". */
  add: () => void;
  /** Opens "Edit API Key" for the key. */
  edit: (key: ApiKey) => void;
  /** Asks for confirmation, then revokes; the snackbar offers Undo. */
  revoke: (key: ApiKey) => void;
  /** Re-activates at once: it is the safe direction and needs no confirmation. */
  reactivate: (key: ApiKey) => void;
  /** Asks for confirmation (saying so first if the key is still active), then deletes. */
  remove: (key: ApiKey) => void;
  /** The create and edit dialogs, the confirmations and the result snackbar: render once in the page. */
  dialogs: ReactNode;
}

function failureMessage(error: unknown, key: ApiKey, verb: Verb): string {
  if (isApiError(error) && error.status === 403) return `You don't have permission to ${verb} ${key.name}`;
  // The mutation hooks have already dropped the key from the list: say why it vanished.
  if (isApiError(error) && error.status === 404) return `${key.name} was already deleted`;
  const reason = error instanceof Error ? error.message : 'an unexpected error occurred';
  return `Could not ${verb} ${key.name}: ${reason}`;
}

/**
 * Revoke, re-activate and delete for the key tables: confirmations, mutations and the snackbar
 * that reports the outcome. Uses `mutateAsync` so that each call gets its own outcome even when
 * several run at once (`mutate` callbacks fire only for the latest call).
 */
export function useKeyActions({ ownerChoice = false }: { ownerChoice?: boolean } = {}): KeyActions {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<ApiKey | null>(null);
  // Once loaded, a dialog stays mounted so that its closing transition and focus return run.
  const [createLoaded, setCreateLoaded] = useState(false);
  const [editLoaded, setEditLoaded] = useState(false);
  const setState = useSetApiKeyState();
  const deleteKey = useDeleteApiKey();
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  const notify = useCallback((next: Omit<Notice, 'id'>) => {
    setNotice((previous) => ({ ...next, id: (previous?.id ?? 0) + 1 }));
  }, []);

  const { mutateAsync: changeState } = setState;
  const { mutateAsync: deleteAsync } = deleteKey;

  const reactivate = useCallback(
    (key: ApiKey) => {
      changeState({ uid: key.uid, isActive: true }).then(
        () => notify({ message: `Re-activated ${key.name}`, severity: 'success' }),
        (error: unknown) => notify({ message: failureMessage(error, key, 're-activate'), severity: 'error' }),
      );
    },
    [changeState, notify],
  );

  const ask = useCallback((kind: Confirmation['kind'], key: ApiKey) => {
    const working = key.isActive && (key.expiresAt === null || key.expiresAt > Date.now());
    setConfirmation({ kind, key, working });
    setOpen(true);
  }, []);

  const confirm = async () => {
    if (!confirmation) return;
    const { kind, key } = confirmation;
    setBusy(true);
    try {
      if (kind === 'revoke') {
        await changeState({ uid: key.uid, isActive: false });
        notify({ message: `Revoked ${key.name}`, severity: 'success', undo: key });
      } else {
        await deleteAsync(key.uid);
        notify({ message: `Deleted ${key.name}`, severity: 'success' });
      }
    } catch (error) {
      notify({ message: failureMessage(error, key, kind), severity: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  const closeNotice = (_event: unknown, reason?: string) => {
    // A click elsewhere on the page must not swallow the Undo before the user has read it.
    if (reason !== 'clickaway') setNotice(null);
  };

  const dialogs = (
    <>
      <Suspense fallback={<LoadingDialog />}>
        {createLoaded && (
          <CreateKeyDialog open={adding} onClose={() => setAdding(false)} ownerChoice={ownerChoice} />
        )}
        {editLoaded && (
          <EditKeyDialog
            apiKey={editing}
            onClose={() => setEditing(null)}
            onDone={(message) => {
              setEditing(null);
              notify({ message, severity: 'success' });
            }}
          />
        )}
      </Suspense>
      {confirmation && (
        <ConfirmDialog
          open={open}
          title={`${confirmation.kind === 'revoke' ? 'Revoke' : 'Delete'} ${confirmation.key.name}?`}
          confirmLabel={confirmation.kind === 'revoke' ? 'Revoke' : 'Delete'}
          destructive
          busy={busy}
          onConfirm={() => void confirm()}
          onClose={() => setOpen(false)}
          onExited={() => setConfirmation(null)}
        >
          <DialogContentText>
            {confirmation.kind === 'revoke'
              ? 'Anything using this key stops working at once. You can re-activate it later.'
              : `${confirmation.working ? 'This key is still active. ' : ''}Anything using it stops working, and a deleted key cannot be restored.`}
          </DialogContentText>
        </ConfirmDialog>
      )}
      <Snackbar
        key={notice?.id}
        open={notice !== null}
        autoHideDuration={notice?.undo ? 10_000 : 6_000}
        onClose={closeNotice}
      >
        {notice ? (
          <Alert
            severity={notice.severity}
            // Standard, not filled: MUI's filled success and error fall below 4.5:1 in the dark theme.
            variant="standard"
            elevation={6}
            onClose={() => setNotice(null)}
            action={
              notice.undo && (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    const key = notice.undo;
                    setNotice(null);
                    if (key) reactivate(key);
                  }}
                >
                  Undo
                </Button>
              )
            }
            sx={{ overflowWrap: 'anywhere', maxWidth: 560 }}
          >
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );

  const revoke = useCallback((key: ApiKey) => ask('revoke', key), [ask]);
  const remove = useCallback((key: ApiKey) => ask('delete', key), [ask]);
  const add = useCallback(() => {
    setCreateLoaded(true);
    setAdding(true);
  }, []);
  const edit = useCallback((key: ApiKey) => {
    setEditLoaded(true);
    setEditing(key);
  }, []);
  return { add, edit, revoke, reactivate, remove, dialogs };
}
