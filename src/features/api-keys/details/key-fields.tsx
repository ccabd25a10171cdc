import { Box, TextField, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import type { DerivedStatus } from '../model/status';
import type { ApiKey } from '../model/types';
import { StatusChip } from '../table/status-chip';
import { DateTime } from './date-time';

/** One term and its value in a key's list of fields. */
export function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Box sx={{ display: 'contents' }}>
      <Typography component="dt" variant="body2" sx={{ color: 'text.secondary' }}>
        {term}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Typography>
    </Box>
  );
}

/** The grid the fields are laid out in: terms on the left, values on the right (stacked on a phone). */
export const fieldListSx = {
  display: 'grid',
  gridTemplateColumns: { xs: '1fr', sm: 'minmax(120px, max-content) 1fr' },
  columnGap: 3,
  rowGap: { xs: 0.25, sm: 1.25 },
  m: 0,
  '& dd': { mb: { xs: 1.25, sm: 0 } },
} as const;

export interface KeyFieldsProps {
  apiKey: ApiKey;
  derived: DerivedStatus;
  now: number;
}

/** Every field of a key, as Palette sent it; texts from users are shown as text, in their direction. */
export function KeyFields({ apiKey, derived, now }: KeyFieldsProps) {
  return (
    <Box component="dl" sx={fieldListSx}>
      <Field term="Name">
        <span dir="auto">{apiKey.name}</span>
      </Field>
      <Field term="Description">
        {apiKey.description ? (
          <span dir="auto">{apiKey.description}</span>
        ) : (
          <Box component="span" sx={{ color: 'text.secondary' }}>
            No description
          </Box>
        )}
      </Field>
      <Field term="UID">
        {/* A read-only field: the uid is what people paste into a ticket or a CLI, whole. */}
        <TextField
          value={apiKey.uid}
          size="small"
          fullWidth
          slotProps={{
            htmlInput: { readOnly: true, 'aria-label': 'UID', sx: { fontFamily: 'monospace' } },
          }}
          onFocus={(event) => event.target.select()}
        />
      </Field>
      <Field term="Status">
        <StatusChip derived={derived} />
      </Field>
      <Field term="Expires">
        {apiKey.expiresAt === null ? 'Never' : <DateTime at={apiKey.expiresAt} now={now} />}
      </Field>
      <Field term="Created">
        <DateTime at={apiKey.createdAt} now={now} />
      </Field>
      <Field term="Last modified">
        <DateTime at={apiKey.modifiedAt ?? null} now={now} />
      </Field>
    </Box>
  );
}
