import BlockOutlinedIcon from '@mui/icons-material/BlockOutlined';
import DeleteOutlinedIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Paper, Stack, Tooltip, Typography } from '@mui/material';
import type { ReactElement } from 'react';

export interface BulkBarProps {
  /** Selected keys that still exist. */
  selectedCount: number;
  /** Of those, the ones a revoke would change (not revoked yet). */
  revocableCount: number;
  /** Of those, the ones Palette lets the caller delete. */
  deletableCount: number;
  /** Why Revoke is disabled for this selection (already revoked, or refused by Palette). */
  revokeReason: string | undefined;
  /** Why Delete is disabled for this selection (Palette refuses it on every selected key). */
  deleteReason: string | undefined;
  /** Keys that match the filters. */
  matchingCount: number;
  /** Every row of the page shown is selected: the moment to offer the whole match. */
  pageFullySelected: boolean;
  onSelectAllMatching: () => void;
  onClear: () => void;
  onRevoke: () => void;
  onDelete: () => void;
}

/** A disabled button still explains itself: wrapped so that its tooltip gets pointer and focus events. */
function WithReason({ reason, children }: { reason: string | undefined; children: ReactElement }) {
  if (!reason) return children;
  return (
    <Tooltip title={reason}>
      <span>{children}</span>
    </Tooltip>
  );
}

/**
 * Above the tenant table for those who may act on every key: how many keys are selected, a way to
 * widen the selection to everything the filters match, and the bulk Revoke and Delete.
 */
export function BulkBar({
  selectedCount,
  revocableCount,
  deletableCount,
  revokeReason,
  deleteReason,
  matchingCount,
  pageFullySelected,
  onSelectAllMatching,
  onClear,
  onRevoke,
  onDelete,
}: BulkBarProps) {
  const none = selectedCount === 0;
  const label = none
    ? 'Select keys to revoke or delete them together'
    : `${selectedCount.toLocaleString()} ${selectedCount === 1 ? 'key' : 'keys'} selected`;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label="Bulk actions"
      // A selection shows in the border and the bold count: a tinted background would take the
      // Delete button's red below 4.5:1.
      sx={{ mb: 1, px: 2, py: 1, borderColor: none ? 'divider' : 'primary.main' }}
    >
      <Stack
        direction="row"
        spacing={1}
        useFlexGap
        sx={{ alignItems: 'center', flexWrap: 'wrap', minHeight: 36 }}
      >
        <Typography role="status" variant="body2" sx={{ fontWeight: none ? 400 : 600 }}>
          {label}
        </Typography>
        {pageFullySelected && matchingCount > selectedCount && (
          <Button size="small" onClick={onSelectAllMatching}>
            Select all {matchingCount.toLocaleString()} matching keys
          </Button>
        )}
        {!none && (
          <Button size="small" color="inherit" onClick={onClear}>
            Clear selection
          </Button>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <WithReason reason={revokeReason}>
          <Button
            size="small"
            variant="outlined"
            startIcon={<BlockOutlinedIcon />}
            disabled={revocableCount === 0}
            onClick={onRevoke}
          >
            Revoke
          </Button>
        </WithReason>
        <WithReason reason={deleteReason}>
          <Button
            size="small"
            variant="outlined"
            color="error"
            startIcon={<DeleteOutlinedIcon />}
            disabled={deletableCount === 0}
            onClick={onDelete}
            // The dark palette's error red is 4.1:1 on paper; its lighter shade passes.
            sx={(theme) => theme.applyStyles('dark', { color: 'error.light' })}
          >
            Delete
          </Button>
        </WithReason>
      </Stack>
    </Paper>
  );
}
