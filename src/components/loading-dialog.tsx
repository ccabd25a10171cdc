import { CircularProgress, Dialog, DialogContent, Typography } from '@mui/material';

/** Stands in for a dialog whose code is still downloading (on a slow network), announced as busy. */
export function LoadingDialog() {
  return (
    <Dialog open aria-label="Loading" aria-busy="true">
      <DialogContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <CircularProgress size={24} aria-hidden />
        <Typography>Loading…</Typography>
      </DialogContent>
    </Dialog>
  );
}
