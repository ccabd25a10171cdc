import { Box, Skeleton } from '@mui/material';
import { lazy, Suspense } from 'react';
import type { KeyDetailsPageProps } from './key-details-page';

// Its own chunk: most visits never open a key's page, and the first visit must stay small.
const KeyDetailsPage = lazy(() => import('./key-details-page').then((m) => ({ default: m.KeyDetailsPage })));

/** A key's own page, downloaded when first opened. */
export function KeyDetailsRoute(props: KeyDetailsPageProps) {
  return (
    <Suspense
      fallback={
        <Box sx={{ p: { xs: 2, md: 3 } }} aria-busy="true" aria-label="Loading the API key">
          <Skeleton variant="rounded" height={220} />
        </Box>
      }
    >
      <KeyDetailsPage {...props} />
    </Suspense>
  );
}
