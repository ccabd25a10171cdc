import { Alert } from '@mui/material';

/** Why the last sign-in failed; an alert, so screen readers announce it as soon as it appears. */
export function SignInProblem({ message }: { message: string | null }) {
  if (!message) return null;
  return <Alert severity="error">{message}</Alert>;
}
