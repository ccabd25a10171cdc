import CloudOffOutlinedIcon from '@mui/icons-material/CloudOffOutlined';
import { Alert, AlertTitle, Box, Button, Portal, Slide } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { networkStatus, subscribeNetworkStatus } from '../lib/api/network-status';

/**
 * Says so while the server is out of reach (the browser is offline, or requests get no answer), and
 * goes away by itself when it answers again. Nothing on the page is cleared meanwhile: an open form
 * keeps what was typed, and loads that failed are retried when the connection returns.
 */
export function OfflineBanner() {
  const client = useQueryClient();
  const status = useSyncExternalStore(subscribeNetworkStatus, networkStatus, networkStatus);
  const [retrying, setRetrying] = useState(false);
  const wasOffline = useRef(status.offline);

  useEffect(() => {
    // Back online: reload what failed while offline, as React Query does when the browser reconnects.
    if (wasOffline.current && !status.offline)
      void client.refetchQueries({ type: 'active', predicate: (query) => query.state.status === 'error' });
    wasOffline.current = status.offline;
  }, [client, status.offline]);

  const retry = () => {
    setRetrying(true);
    void client.refetchQueries({ type: 'active' }).finally(() => setRetrying(false));
  };

  if (!status.offline) return null;
  // In a portal added when the banner shows: an open dialog hides the page behind it from assistive
  // technology (aria-hidden), and the banner must still be heard when the network drops mid-dialog.
  return (
    <Portal>
      <Box
        sx={{
          position: 'fixed',
          insetInline: 0,
          bottom: 16,
          display: 'flex',
          justifyContent: 'center',
          px: 2,
          zIndex: (theme) => theme.zIndex.snackbar,
          pointerEvents: 'none',
        }}
      >
        <Slide direction="up" in appear>
          <Alert
            severity="warning"
            variant="standard"
            icon={<CloudOffOutlinedIcon />}
            action={
              <Button color="inherit" size="small" onClick={retry} disabled={retrying}>
                {retrying ? 'Retrying…' : 'Retry'}
              </Button>
            }
            sx={{
              width: 'min(560px, 100%)',
              boxShadow: 6,
              border: 1,
              borderColor: 'warning.main',
              pointerEvents: 'auto',
            }}
          >
            <AlertTitle>You're offline</AlertTitle>
            {status.reason === 'browser'
              ? 'Your device has no network connection.'
              : 'The console cannot reach Palette.'}{' '}
            What you have entered is kept; the console reconnects when the network returns.
          </Alert>
        </Slide>
      </Box>
    </Portal>
  );
}
