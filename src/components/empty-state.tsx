import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  /** Decorative: hidden from assistive technology, the title carries the meaning. */
  icon?: ReactNode;
  title: string;
  text?: ReactNode;
  /** A call to action, such as the button that creates the first item. */
  action?: ReactNode;
  /** Heading level of the title within the page; the page's h1 is its title, so h2 by default. */
  headingLevel?: 'h2' | 'h3';
}

/** Says why there is nothing to show and what to do about it, instead of an empty table. */
export function EmptyState({ icon, title, text, action, headingLevel = 'h2' }: EmptyStateProps) {
  return (
    <Stack
      spacing={1.5}
      sx={{
        alignItems: 'center',
        textAlign: 'center',
        py: 6,
        px: 2,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
      }}
    >
      {icon && (
        <Box aria-hidden sx={{ color: 'text.secondary', '& svg': { fontSize: 48 } }}>
          {icon}
        </Box>
      )}
      <Typography variant="h6" component={headingLevel}>
        {title}
      </Typography>
      {text && (
        <Typography color="text.secondary" sx={{ maxWidth: 480 }}>
          {text}
        </Typography>
      )}
      {action && <Box sx={{ pt: 1 }}>{action}</Box>}
    </Stack>
  );
}
