import {
  Alert,
  Button,
  CircularProgress,
  DialogActions,
  DialogContent,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect, useRef } from 'react';
import type { FormProblem } from '../model/server-errors';
import { FormProblemAlert } from '../key-form/form-problem-alert';
import { successorWorks, type ReplaceNames } from './replace-wording';

export interface ReplaceRetireStepProps {
  names: ReplaceNames;
  /** The revoke that failed, if one did: both keys stand. */
  problem: FormProblem | null;
  revoking: boolean;
  onRevoke: () => void;
  onKeep: () => void;
}

/**
 * The last step of Replace, once the new secret has been seen: revoke the old key now, or keep it
 * until everything has switched (it is then flagged as replaced in the list).
 */
export function ReplaceRetireStep({ names, problem, revoking, onRevoke, onKeep }: ReplaceRetireStepProps) {
  const { old, successor } = names;
  const keepRef = useRef<HTMLButtonElement>(null);
  // The secret view's buttons are gone: the focus goes to the choice that stops nothing.
  useEffect(() => keepRef.current?.focus(), []);
  return (
    <>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1, overflowWrap: 'anywhere' }}>
          {problem ? (
            <FormProblemAlert problem={problem} />
          ) : (
            <Alert severity="success">{successorWorks(names)}</Alert>
          )}
          <Typography variant="body2">
            The old key <strong dir="auto">{old}</strong> is still active. Revoke it now if nothing uses it
            any more: anything still using it stops working at once.
          </Typography>
          <Typography variant="body2">
            Or keep it until everything has switched to <strong dir="auto">{successor}</strong>: the list
            shows it as replaced until you revoke it.
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button ref={keepRef} onClick={onKeep} disabled={revoking}>
          Keep it for now
        </Button>
        <Button
          variant="contained"
          color="error"
          onClick={onRevoke}
          disabled={revoking}
          startIcon={revoking ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          {revoking ? 'Revoking…' : problem ? 'Try revoking again' : 'Revoke old key now'}
        </Button>
      </DialogActions>
    </>
  );
}
