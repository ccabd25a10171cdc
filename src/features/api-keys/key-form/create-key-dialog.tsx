import { Dialog, DialogTitle } from '@mui/material';
import { useId, useState } from 'react';
import { CreateKeyForm, type CreatedKeyInfo } from './create-key-form';
import { SecretView } from '../secret/secret-view';
import { useCreateKey } from '../api/use-create-key';

export interface CreateKeyDialogProps {
  open: boolean;
  /** Called on Cancel, and on Done after the secret view; the caller sets `open` to false. */
  onClose: () => void;
  /**
   * Offers "User Name" to create the key for another user: on the tenant page when
   * `useCan('apiKey.createForOthers').allowed`. Otherwise the key is the signed-in user's.
   */
  ownerChoice?: boolean;
}

/**
 * "Add New API Key": the form, then, in the same dialog, the copy-once secret view. The dialog
 * cannot be dismissed while a create runs or while the secret is shown (only Done closes it then),
 * and the form's state is dropped when it closes, so each opening starts afresh.
 */
export function CreateKeyDialog({ open, onClose, ownerChoice = false }: CreateKeyDialogProps) {
  const titleId = useId();
  const { create, busy, checking } = useCreateKey();
  const [created, setCreated] = useState<CreatedKeyInfo | null>(null);

  const dismiss = () => {
    if (busy || created) return;
    onClose();
  };

  const done = () => {
    // The secret leaves component state before the dialog starts to close.
    setCreated((current) => current && { ...current, secret: '' });
    onClose();
  };

  return (
    <Dialog
      open={open}
      onClose={dismiss}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
      slotProps={{ transition: { onExited: () => setCreated(null) } }}
    >
      <DialogTitle id={titleId}>{created ? 'API key created' : 'Add New API Key'}</DialogTitle>
      {created ? (
        <SecretView
          secret={created.secret}
          keyName={created.keyName}
          sharedWith={created.sharedWith}
          onDone={done}
        />
      ) : (
        <CreateKeyForm
          ownerChoice={ownerChoice}
          create={create}
          busy={busy}
          checking={checking}
          onCreated={setCreated}
          onCancel={dismiss}
        />
      )}
    </Dialog>
  );
}
