import { memo, useMemo, useState } from 'react';
import { can, SERVER_REFUSED_REASON } from '../../../lib/authz';
import { useSession } from '../../../lib/session';
import type { BulkResult } from '../api/bulk';
import { keyRef, type BulkVerb } from '../model/types';
import type { KeyRow } from '../model/key-rows';
import { BulkBar } from './bulk-bar';
import { BulkDialog, type BulkJob } from './bulk-dialog';
import type { KeySelection } from '../table/use-key-selection';

export interface BulkActionsProps {
  selection: KeySelection;
  /** Every key of the tenant: the selection may reach beyond the page shown. */
  rows: readonly KeyRow[];
  /** The keys that match the filters. */
  filtered: readonly KeyRow[];
  /** The uids of the page shown. */
  pageUids: readonly string[];
}

/** The bulk bar and its dialog: what is selected, and Revoke or Delete on all of it. */
export const BulkActions = memo(function BulkActions({
  selection,
  rows,
  filtered,
  pageUids,
}: BulkActionsProps) {
  const [job, setJob] = useState<BulkJob | null>(null);
  const [open, setOpen] = useState(false);
  const { selected } = selection;
  // Only keys that still exist count: one deleted meanwhile drops out of the selection by itself.
  const selectedKeys = useMemo(
    () => (selected.size === 0 ? [] : rows.filter((r) => selected.has(r.key.uid)).map((r) => r.key)),
    [rows, selected],
  );
  const session = useSession();
  // Palette's list for each key has the last word: a key it refuses is left out, and said so.
  const active = selectedKeys.filter((key) => key.isActive);
  const revocable = active.filter((key) => can(session, 'apiKey.changeState', keyRef(key)));
  const deletable = selectedKeys.filter((key) => can(session, 'apiKey.delete', keyRef(key)));
  const some = selectedKeys.length > 0;
  const revokeReason =
    !some || revocable.length > 0
      ? undefined
      : active.length > 0
        ? SERVER_REFUSED_REASON
        : 'The selected keys are already revoked';
  const deleteReason = some && deletable.length === 0 ? SERVER_REFUSED_REASON : undefined;

  const ask = (verb: BulkVerb) => {
    const keys = verb === 'revoke' ? revocable : deletable;
    const skipped = verb === 'revoke' ? selectedKeys.length - active.length : 0;
    setJob({ verb, keys, skipped, refused: selectedKeys.length - skipped - keys.length });
    setOpen(true);
  };

  const close = (results?: readonly BulkResult[]) => {
    setOpen(false);
    if (!results) return;
    // Keys that did not change stay selected with the reason; deleted ones have left the table.
    const kept = results.filter((r) => r.outcome === 'failed' || r.outcome === 'cancelled');
    selection.replace(
      kept.map((r) => r.key.uid),
      new Map(kept.map((r) => [r.key.uid, r.reason ?? 'Not changed'])),
    );
  };

  return (
    <>
      <BulkBar
        selectedCount={selectedKeys.length}
        revocableCount={revocable.length}
        deletableCount={deletable.length}
        revokeReason={revokeReason}
        deleteReason={deleteReason}
        matchingCount={filtered.length}
        pageFullySelected={pageUids.length > 0 && pageUids.every((uid) => selected.has(uid))}
        onSelectAllMatching={() =>
          selection.setMany(
            filtered.map((r) => r.key.uid),
            true,
          )
        }
        onClear={selection.clear}
        onRevoke={() => ask('revoke')}
        onDelete={() => ask('delete')}
      />
      {job && <BulkDialog job={job} open={open} onClose={close} onExited={() => setJob(null)} />}
    </>
  );
});
