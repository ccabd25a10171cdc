import { Box, Typography } from '@mui/material';
import type { KeyHistoryEntry } from '../model/history';
import { FORMER_USER } from '../model/owner-state';
import { DateTime } from './date-time';

/** The entries of a key's history as a list: what was done, who did it, and when. */
export function HistoryList({ entries, now }: { entries: readonly KeyHistoryEntry[]; now: number }) {
  return (
    <Box component="ol" aria-label="History" sx={{ listStyle: 'none', m: 0, p: 0, alignSelf: 'stretch' }}>
      {entries.map((entry, index) => (
        <Box
          component="li"
          key={entry.uid || index}
          sx={{ py: 1, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}
        >
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {entry.action}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {entry.actor.name ? (
              <span dir="auto">{entry.actor.name}</span>
            ) : (
              // Focusable so that keyboard users reach the uid in the tooltip too.
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
              <span tabIndex={0} data-tooltip={`User ${entry.actor.uid || 'unknown'}`}>
                {FORMER_USER}
              </span>
            )}
            {' · '}
            <DateTime at={entry.at} now={now} />
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
