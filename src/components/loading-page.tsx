import { Box, CircularProgress, Typography } from '@mui/material';

/** A whole-page wait, announced to assistive technology. */
export function LoadingPage({ label }: { label: string }) {
  return (
    <Box role="status" sx={{ minHeight: '60vh', display: 'grid', placeItems: 'center', gap: 2 }}>
      <Box sx={{ display: 'grid', justifyItems: 'center', gap: 2 }}>
        <CircularProgress aria-hidden />
        <Typography color="text.secondary">{label}…</Typography>
      </Box>
    </Box>
  );
}
