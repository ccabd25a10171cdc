import { Alert, AlertTitle, Button, Typography } from '@mui/material';
import { isApiError } from '../lib/api/errors';
import { redact } from '../lib/api/redact';

export interface ErrorPanelProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

/** Explains a failed load: the server's (redacted) message, its reference for support, and Retry. */
export function ErrorPanel({ title, error, onRetry, retrying = false }: ErrorPanelProps) {
  const message = error instanceof Error ? redact(error.message) : 'An unexpected error occurred.';
  const ref = isApiError(error) ? error.ref : undefined;
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        onRetry && (
          <Button color="inherit" size="small" onClick={onRetry} disabled={retrying}>
            {retrying ? 'Retrying…' : 'Retry'}
          </Button>
        )
      }
    >
      <AlertTitle>{title}</AlertTitle>
      <Typography variant="body2">{message}</Typography>
      {ref && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
          Reference: <code>{ref}</code>
        </Typography>
      )}
    </Alert>
  );
}
