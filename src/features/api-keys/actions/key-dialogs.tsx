import { lazy, Suspense, useState } from 'react';
import { LoadingDialog } from '../../../components/loading-dialog';
import { useNotify } from '../../../components/notifications/notify-context';
import type { ApiKey } from '../model/types';

// The forms (react-hook-form, zod, the user picker) load when first opened, not with the page: a
// tenant admin who only reviews keys never downloads them.
const CreateKeyDialog = lazy(() =>
  import('../key-form/create-key-dialog').then((m) => ({ default: m.CreateKeyDialog })),
);
const EditKeyDialog = lazy(() =>
  import('../key-form/edit-key-dialog').then((m) => ({ default: m.EditKeyDialog })),
);
const ReplaceKeyDialog = lazy(() =>
  import('../replace/replace-key-dialog').then((m) => ({ default: m.ReplaceKeyDialog })),
);

/** Which of a key page's dialogs is open: what the user asked for. */
export type KeyDialog = { kind: 'create' } | { kind: 'edit'; key: ApiKey } | { kind: 'replace'; key: ApiKey };

export interface KeyDialogsProps {
  /** The dialog to show; null when none is open. */
  open: KeyDialog | null;
  /** Cancel, dismiss or done: the page sets `open` to null. */
  onClose: () => void;
  /** Offers "User Name" in the create form (the tenant page, for those who may create for others). */
  ownerChoice?: boolean;
}

/**
 * The create, edit and replace dialogs of a key page, opened by intent (`{ kind: 'edit', key }`). Each is
 * downloaded when first asked for; once loaded it stays mounted, so that its closing transition
 * runs and MUI returns the focus to the button that opened it.
 */
export function KeyDialogs({ open, onClose, ownerChoice = false }: KeyDialogsProps) {
  const notify = useNotify();
  const [loaded, setLoaded] = useState({ create: false, edit: false, replace: false });
  // Adjusted during render (not in an effect) so that the dialog starts loading with the click.
  if (open && !loaded[open.kind]) setLoaded({ ...loaded, [open.kind]: true });

  return (
    <Suspense fallback={<LoadingDialog />}>
      {loaded.create && (
        <CreateKeyDialog open={open?.kind === 'create'} onClose={onClose} ownerChoice={ownerChoice} />
      )}
      {loaded.edit && (
        <EditKeyDialog
          apiKey={open?.kind === 'edit' ? open.key : null}
          onClose={onClose}
          onDone={(message) => {
            onClose();
            notify({ message, severity: 'success' });
          }}
        />
      )}
      {loaded.replace && (
        <ReplaceKeyDialog
          apiKey={open?.kind === 'replace' ? open.key : null}
          onClose={onClose}
          onDone={(message) => {
            onClose();
            notify({ message, severity: 'success' });
          }}
        />
      )}
    </Suspense>
  );
}
