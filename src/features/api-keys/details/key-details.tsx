import { Box, Paper, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { KeyDialogs, type KeyDialog } from '../actions/key-dialogs';
import { useKeyRowActions } from '../actions/use-key-row-actions';
import { deriveStatus } from '../model/status';
import type { ApiKey } from '../model/types';
import { keyTableSx } from '../table/key-table-styles';
import { useTableTooltip } from '../table/use-table-tooltip';
import { KeyActions } from './key-actions';
import { KeyFields } from './key-fields';
import { KeyHistory } from './key-history';
import { KeyOwner } from './key-owner';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={title} sx={{ p: { xs: 2, md: 3 } }}>
      <Typography variant="h2" sx={{ fontSize: '1.125rem', fontWeight: 600, mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export interface KeyDetailsProps {
  apiKey: ApiKey;
  /** The instant the key was read: statuses and "in 12 days" are counted from it. */
  now: number;
  /** After a delete: the page leaves for the table. */
  onDeleted: () => void;
}

/**
 * A key's own page: every field, the owner and where they stand, the row's own actions, and the
 * key's history. The table's chip and tooltip styles are reused as they are (`keyTableSx`), so that
 * the status reads the same here as in the row.
 */
export function KeyDetails({ apiKey, now, onDeleted }: KeyDetailsProps) {
  const [dialog, openDialog] = useState<KeyDialog | null>(null);
  const actions = useKeyRowActions(openDialog, { onDeleted });
  const tooltip = useTableTooltip();
  const derived = deriveStatus(apiKey, now);

  return (
    <Box
      {...tooltip.handlers}
      sx={[
        keyTableSx,
        {
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'repeat(2, minmax(0, 1fr))' },
        },
      ]}
    >
      <Section title="Details">
        <KeyFields apiKey={apiKey} derived={derived} now={now} />
      </Section>
      <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <Section title="Owner">
          <KeyOwner owner={apiKey.owner} now={now} />
        </Section>
        <Section title="What you can do">
          <KeyActions apiKey={apiKey} derived={derived} actions={actions} />
        </Section>
      </Box>
      <Box sx={{ gridColumn: { lg: '1 / -1' } }}>
        <Section title="History">
          <KeyHistory uid={apiKey.uid} now={now} />
        </Section>
      </Box>
      {tooltip.tooltip}
      <KeyDialogs open={dialog} onClose={() => openDialog(null)} />
    </Box>
  );
}
