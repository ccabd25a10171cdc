import { zodResolver } from '@hookform/resolvers/zod';
import { Button, CircularProgress, DialogActions, DialogContent, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { RhfTextField } from '../../../components/rhf-text-field';
import { z } from '../../../lib/zod';
import { formatDate } from '../model/format-date';
import { DEFAULT_PRESET } from '../model/key-form';
import { DUPLICATE_NAME_MESSAGE, keyNameSchema, NAME_MAX, sameKeyName } from '../model/schemas';
import type { FormProblem } from '../model/server-errors';
import type { ApiKey } from '../model/types';
import { FormProblemAlert } from '../key-form/form-problem-alert';

interface NameValues {
  name: string;
}

export interface ReplaceNameStepProps {
  oldKey: ApiKey;
  /** The owner's name when the key is someone else's; null for the signed-in user's own key. */
  owner: string | null;
  proposedName: string;
  /** The owner's key names today: a name among them is refused before it is sent. */
  takenNames: readonly string[];
  /** When the new key would expire (epoch ms), counted from now. */
  expiresAt: number;
  problem: FormProblem | null;
  /** Why no key can be made at all (the owner is at the limit); the submit is not offered. */
  blocked: FormProblem | null;
  busy: boolean;
  checking: boolean;
  onSubmit: (name: string, setNameError: (message: string) => void) => void;
  onCancel: () => void;
}

/**
 * The first step of Replace: what the new key will be (the old key's owner and description, a
 * fresh expiry), its proposed name to confirm or change, and Create. Nothing happens to the old key.
 */
export function ReplaceNameStep({
  oldKey,
  owner,
  proposedName,
  takenNames,
  expiresAt,
  problem,
  blocked,
  busy,
  checking,
  onSubmit,
  onCancel,
}: ReplaceNameStepProps) {
  const schema = z.object({
    name: keyNameSchema.refine((name) => !takenNames.some((t) => sameKeyName(t, name)), {
      message: DUPLICATE_NAME_MESSAGE,
    }),
  });
  const form = useForm<NameValues>({ defaultValues: { name: proposedName }, resolver: zodResolver(schema) });
  const pending = busy || form.formState.isSubmitting;
  const { setFocus } = form;
  useEffect(() => setFocus('name'), [setFocus]);

  return (
    <form
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(({ name }) =>
          onSubmit(name, (message) =>
            form.setError('name', { type: 'server', message }, { shouldFocus: true }),
          ),
        )(event)
      }
    >
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <FormProblemAlert problem={blocked ?? problem} />
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            A new key is made {owner ? `for ${owner}` : 'for you'} with the description of{' '}
            <strong dir="auto">{oldKey.name}</strong> and a fresh expiry. Its secret is shown once.{' '}
            <strong dir="auto">{oldKey.name}</strong> keeps working until you choose to revoke it, after you
            have seen the new secret.
          </Typography>
          <RhfTextField
            control={form.control}
            name="name"
            label="Name of the new key"
            required
            fullWidth
            maxLength={NAME_MAX}
            autoComplete="off"
            helperText="Proposed from the old key's name; you can change it"
          />
          <Stack component="dl" spacing={0.5} sx={{ m: 0, typography: 'body2', '& dd': { m: 0, mb: 1 } }}>
            <Typography component="dt" variant="caption" color="text.secondary">
              Owner
            </Typography>
            <dd>{owner ?? 'You'}</dd>
            <Typography component="dt" variant="caption" color="text.secondary">
              Description
            </Typography>
            <dd dir="auto" style={{ overflowWrap: 'anywhere' }}>
              {oldKey.description || 'None'}
            </dd>
            <Typography component="dt" variant="caption" color="text.secondary">
              Expires
            </Typography>
            <dd>
              {formatDate(expiresAt)} (in {DEFAULT_PRESET} days; change it later with Edit)
            </dd>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
        <Button
          type="submit"
          variant="contained"
          disabled={pending || blocked !== null}
          startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          {checking ? 'Checking…' : pending ? 'Creating…' : 'Create new key'}
        </Button>
      </DialogActions>
    </form>
  );
}
