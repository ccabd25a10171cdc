import { zodResolver } from '@hookform/resolvers/zod';
import { Button, CircularProgress, DialogActions, DialogContent, Stack, TextField } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { isApiError } from '../../../lib/api/errors';
import { useUpdateApiKey } from '../api/mutations';
import { canKeepExpiry, formFromKey, keyFormSchema, toDraft, type KeyFormValues } from '../model/key-form';
import type { ApiKey } from '../model/types';
import { ExpiryField } from './expiry-field';
import { FormProblemAlert } from './form-problem-alert';
import { KeyTextFields } from './key-text-fields';
import { applyServerError, type FormProblem } from '../model/server-errors';

export interface EditKeyFormProps {
  apiKey: ApiKey;
  onBusyChange: (busy: boolean) => void;
  onCancel: () => void;
  onDone: (message: string) => void;
}

/**
 * The fields of "Edit API Key" and its save. The owner is shown read-only: Palette has no way to
 * reassign a key, and the request carries no owner.
 */
export function EditKeyForm({ apiKey, onBusyChange, onCancel, onDone }: EditKeyFormProps) {
  const [openedAt] = useState(() => Date.now());
  const currentExpiresAt = canKeepExpiry(apiKey.expiresAt, openedAt) ? apiKey.expiresAt : null;
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const update = useUpdateApiKey();
  const { mutateAsync } = update;

  // Rebuilt at each validation: the bounds count from the moment of the save.
  const resolver = useCallback<Resolver<KeyFormValues>>(
    (values, context, options) =>
      zodResolver(keyFormSchema({ now: Date.now(), currentExpiresAt }))(values, context, options),
    [currentExpiresAt],
  );
  const { control, handleSubmit, setError, setFocus } = useForm<KeyFormValues>({
    defaultValues: formFromKey(apiKey, openedAt),
    resolver,
  });

  useEffect(() => setFocus('name'), [setFocus]);

  const onValid = async (values: KeyFormValues) => {
    setProblem(null);
    onBusyChange(true);
    try {
      const draft = toDraft(values, { now: Date.now(), currentExpiresAt });
      await mutateAsync({ uid: apiKey.uid, draft });
      onDone(`Saved ${draft.name}`);
    } catch (error) {
      if (isApiError(error) && error.status === 404) {
        // The mutation has already dropped the key from the list; say why it vanished.
        onDone(`${apiKey.name} was deleted elsewhere, so it could not be saved`);
      } else if (isApiError(error) && error.status === 403) {
        setProblem({
          severity: 'error',
          message: "You don't have permission to edit this key",
          ref: error.ref,
        });
      } else {
        setProblem(applyServerError(error, values, setError, { ownerShown: false }));
      }
    } finally {
      onBusyChange(false);
    }
  };

  const busy = update.isPending;
  return (
    <form
      // handleSubmit is called here, in the event, not during render: the handler reads the clock.
      onSubmit={(event) => void handleSubmit(onValid)(event)}
      noValidate
    >
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          <FormProblemAlert problem={problem} />
          <KeyTextFields control={control} />
          <TextField
            label="User"
            value={apiKey.owner.name}
            fullWidth
            helperText="Keys cannot be reassigned"
            slotProps={{ htmlInput: { readOnly: true } }}
          />
          <ExpiryField control={control} now={openedAt} currentExpiresAt={currentExpiresAt} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={busy}
          startIcon={busy ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          {busy ? 'Saving…' : 'Save'}
        </Button>
      </DialogActions>
    </form>
  );
}
