import { Button, CircularProgress, DialogActions, DialogContent, Stack } from '@mui/material';
import type { ReactNode } from 'react';
import type { SubmitHandler, UseFormReturn } from 'react-hook-form';
import type { KeyFormValues } from '../model/key-form';
import type { FormProblem } from '../model/server-errors';
import { FormProblemAlert } from './form-problem-alert';
import { KeyTextFields } from './key-text-fields';

export interface KeyFormFrameProps {
  form: UseFormReturn<KeyFormValues>;
  onValid: SubmitHandler<KeyFormValues>;
  problem: FormProblem | null;
  /** The request runs: Cancel and the submit button are disabled, and the button shows a spinner. */
  busy: boolean;
  /** The submit button's text, given whether a submit is under way. */
  submitLabel: (pending: boolean) => string;
  onCancel: () => void;
  /** Why the submit is not offered at all (the server refuses it on this key); undefined when it is. */
  refusal?: string | undefined;
  /** The fields after name and description. */
  children: ReactNode;
}

/**
 * The frame of the create and edit forms: the problem above, name and description, the form's own
 * fields, then Cancel and the submit button. Fields stay enabled while the request runs: a
 * disabled input could not take the focus that a server error on it moves there.
 */
export function KeyFormFrame({
  form,
  onValid,
  problem,
  busy,
  submitLabel,
  onCancel,
  refusal,
  children,
}: KeyFormFrameProps) {
  const pending = busy || form.formState.isSubmitting;
  return (
    <form
      // handleSubmit is called here, in the event, not during render: the handler reads the clock.
      onSubmit={(event) => void form.handleSubmit(onValid)(event)}
      noValidate
    >
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <FormProblemAlert problem={refusal ? { severity: 'info', message: refusal } : problem} />
          <KeyTextFields control={form.control} />
          {children}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={pending || refusal !== undefined}
          startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          {submitLabel(pending)}
        </Button>
      </DialogActions>
    </form>
  );
}
