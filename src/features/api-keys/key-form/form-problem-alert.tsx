import { Alert, Typography } from '@mui/material';
import type { FormProblem } from '../model/server-errors';

/** What went wrong with a submit, above the form: the (redacted) message and the reference. */
export function FormProblemAlert({ problem }: { problem: FormProblem | null }) {
  if (!problem) return null;
  return (
    <Alert severity={problem.severity} sx={{ overflowWrap: 'anywhere' }}>
      {problem.message}
      {problem.ref && (
        <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
          Reference: <code>{problem.ref}</code>
        </Typography>
      )}
    </Alert>
  );
}
