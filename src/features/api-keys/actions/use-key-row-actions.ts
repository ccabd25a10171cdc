import { useMemo } from 'react';
import { useConfirm } from '../../../components/confirm/confirm-context';
import { useNotify } from '../../../components/notifications/notify-context';
import { useDeleteApiKey, useSetApiKeyState } from '../api/mutations';
import { isKeyWorking } from '../model/status';
import type { ApiKey } from '../model/types';
import type { RowActions } from '../table/row-actions-menu';
import { failureMessage } from './failure-message';
import type { KeyDialog } from './key-dialogs';
import { useKeyDetailsLink } from './use-key-details-link';

/**
 * The row menu's actions for a key table: Edit and Replace open the page's dialogs; Revoke and Delete ask
 * first (the confirmation shows progress while the call runs), then report in the snackbar, a
 * revoke with Undo; Re-activate is the safe direction and runs at once. Uses `mutateAsync` so that
 * each call gets its own outcome even when several run at once.
 */
export function useKeyRowActions(
  openDialog: (dialog: KeyDialog) => void,
  { onDeleted }: { onDeleted?: (key: ApiKey) => void } = {},
): RowActions {
  const details = useKeyDetailsLink();
  const confirm = useConfirm();
  const notify = useNotify();
  const { mutateAsync: changeState } = useSetApiKeyState();
  const { mutateAsync: deleteKey } = useDeleteApiKey();

  return useMemo(() => {
    const reactivate = (key: ApiKey) => {
      changeState({ uid: key.uid, isActive: true }).then(
        () => notify({ message: `Re-activated ${key.name}`, severity: 'success' }),
        (error: unknown) => notify({ message: failureMessage(error, key, 're-activate'), severity: 'error' }),
      );
    };

    const revoke = async (key: ApiKey) => {
      try {
        const revoked = await confirm({
          title: `Revoke ${key.name}?`,
          body: 'Anything using this key stops working at once. You can re-activate it later.',
          confirmLabel: 'Revoke',
          destructive: true,
          action: () => changeState({ uid: key.uid, isActive: false }),
        });
        if (revoked)
          notify({
            message: `Revoked ${key.name}`,
            severity: 'success',
            action: { label: 'Undo', onClick: () => reactivate(key) },
          });
      } catch (error) {
        notify({ message: failureMessage(error, key, 'revoke'), severity: 'error' });
      }
    };

    const remove = async (key: ApiKey) => {
      // Judged when the user asks, as the dialog opens: a delete says first that the key still works.
      const working = isKeyWorking(key, Date.now());
      try {
        const deleted = await confirm({
          title: `Delete ${key.name}?`,
          body: `${working ? 'This key is still active. ' : ''}Anything using it stops working, and a deleted key cannot be restored.`,
          confirmLabel: 'Delete',
          destructive: true,
          action: () => deleteKey(key.uid),
        });
        if (deleted) {
          notify({ message: `Deleted ${key.name}`, severity: 'success' });
          onDeleted?.(key);
        }
      } catch (error) {
        notify({ message: failureMessage(error, key, 'delete'), severity: 'error' });
      }
    };

    return {
      onEdit: (key) => openDialog({ kind: 'edit', key }),
      onReplace: (key) => openDialog({ kind: 'replace', key }),
      onRevoke: (key) => void revoke(key),
      onReactivate: reactivate,
      onDelete: (key) => void remove(key),
      onView: details.open,
      detailsHref: details.href,
    };
  }, [changeState, deleteKey, confirm, notify, openDialog, details, onDeleted]);
}
