import { zodResolver } from '@hookform/resolvers/zod';
import { TextField } from '@mui/material';
import { useCallback, useState } from 'react';
import type { Resolver } from 'react-hook-form';
import { isApiError } from '../../../lib/api/errors';
import { denialReason } from '../../../lib/authz';
import { useSession } from '../../../lib/session';
import { useUpdateApiKey } from '../api/mutations';
import { canKeepExpiry, formFromKey, keyFormSchema, toDraft, type KeyFormValues } from '../model/key-form';
import { keyRef, type ApiKey } from '../model/types';
import { ExpiryField } from './expiry-field';
import { KeyFormFrame } from './key-form-frame';
import { useKeyForm } from './use-key-form';
import { applyServerError } from '../model/server-errors';

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
  const session = useSession();
  // The menu does not offer Edit where it is refused, but the list may have changed since it opened.
  const refusal = denialReason(session, 'apiKey.update', keyRef(apiKey));
  const update = useUpdateApiKey();
  const { mutateAsync } = update;

  // Rebuilt at each validation: the bounds count from the moment of the save.
  const resolver = useCallback<Resolver<KeyFormValues>>(
    (values, context, options) =>
      zodResolver(keyFormSchema({ now: Date.now(), currentExpiresAt, currentName: apiKey.name }))(
        values,
        context,
        options,
      ),
    [currentExpiresAt, apiKey.name],
  );
  const { form, problem, setProblem } = useKeyForm({
    defaultValues: formFromKey(apiKey, openedAt),
    resolver,
  });
  const { control, setError } = form;

  const onValid = async (values: KeyFormValues) => {
    setProblem(null);
    onBusyChange(true);
    try {
      const draft = toDraft(values, { now: Date.now(), currentExpiresAt, currentName: apiKey.name });
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

  return (
    <KeyFormFrame
      form={form}
      onValid={onValid}
      problem={problem}
      busy={update.isPending}
      submitLabel={(pending) => (pending ? 'Saving…' : 'Save')}
      onCancel={onCancel}
      refusal={refusal}
    >
      <TextField
        label="User"
        value={apiKey.owner.name}
        fullWidth
        helperText="Keys cannot be reassigned"
        slotProps={{ htmlInput: { readOnly: true } }}
      />
      <ExpiryField control={control} now={openedAt} currentExpiresAt={currentExpiresAt} />
    </KeyFormFrame>
  );
}
