import { Dialog, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import type { ApiKey } from '../model/types';
import { EditKeyForm } from './edit-key-form';

export interface EditKeyDialogProps {
  /** The key to edit; the dialog is open while it is set. */
  apiKey: ApiKey | null;
  /** Cancel or dismiss; the caller sets `apiKey` to null. */
  onClose: () => void;
  /**
   * The dialog is finished, with a message for a snackbar: the key was saved (the row is already
   * patched in the cache), or it had been deleted elsewhere (the row is already gone).
   * The caller sets `apiKey` to null.
   */
  onDone: (message: string) => void;
}

/** "Edit API Key": name, description and expiry; the owner is shown but cannot change. */
export function EditKeyDialog({ apiKey, onClose, onDone }: EditKeyDialogProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  // The last key shown stays on screen while the dialog fades out after `apiKey` went null.
  const [shown, setShown] = useState<ApiKey | null>(apiKey);
  if (apiKey && apiKey !== shown) setShown(apiKey);

  return (
    <Dialog
      open={apiKey !== null}
      // A save in flight must finish (or fail) before the dialog goes, so its outcome is seen.
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Edit API Key</DialogTitle>
      {shown && (
        <EditKeyForm
          // A fresh form for every key.
          key={shown.uid}
          apiKey={shown}
          onBusyChange={setBusy}
          onCancel={onClose}
          onDone={onDone}
        />
      )}
    </Dialog>
  );
}
