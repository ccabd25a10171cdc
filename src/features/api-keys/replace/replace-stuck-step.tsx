import { Button, DialogActions, DialogContent } from '@mui/material';
import type { FormProblem } from '../model/server-errors';
import { FormProblemAlert } from '../key-form/form-problem-alert';

export interface ReplaceStuckStepProps {
  problem: FormProblem;
  onClose: () => void;
}

/**
 * Where Replace ends when a new key was made but its secret never arrived: what exists, what to
 * do, and Close. Nothing is tried again from here: a second create would make a second key.
 */
export function ReplaceStuckStep({ problem, onClose }: ReplaceStuckStepProps) {
  return (
    <>
      <DialogContent>
        <FormProblemAlert problem={problem} />
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </>
  );
}
