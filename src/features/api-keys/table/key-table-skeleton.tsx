import { Box, Skeleton, Stack } from '@mui/material';

/** Placeholder rows while the list loads, announced once as "Loading API keys". */
export function KeyTableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Box role="status" aria-busy="true" aria-label="Loading API keys">
      <Stack spacing={1} aria-hidden>
        <Skeleton variant="rounded" height={40} />
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={56} />
        ))}
      </Stack>
    </Box>
  );
}
