import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { RhfTextField } from '../../../components/rhf-text-field';
import type { Credentials } from '../../../lib/session';
import { signInWithApiKey } from '../api/sign-in';
import { apiKeyFormSchema, type ApiKeyForm } from '../model/schemas';
import { signInErrorMessage } from '../model/sign-in-error';
import { KeepSignedInCheckbox } from './keep-signed-in-checkbox';
import { SignInProblem } from './sign-in-problem';

export interface SignInFormProps {
  keepSignedIn: boolean;
  onKeepSignedInChange: (checked: boolean) => void;
  onSignedIn: (credentials: Credentials) => void;
  /**
   * Focus the first field when the form appears: on arrival at the page, not after a tab switch
   * (the focus then stays on the tab, as the tabs pattern has it).
   */
  focusOnMount: boolean;
}

/**
 * Sign in by pasting an API key; it is sent as the `ApiKey` header and checked (`/v1/users/info`)
 * before it is kept. After a failure the field is cleared, so the secret does not linger in the page.
 */
export function ApiKeySignInForm({
  keepSignedIn,
  onKeepSignedInChange,
  onSignedIn,
  focusOnMount,
}: SignInFormProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const {
    control,
    handleSubmit,
    resetField,
    setFocus,
    formState: { isSubmitting },
  } = useForm<ApiKeyForm>({ resolver: zodResolver(apiKeyFormSchema), defaultValues: { apiKey: '' } });

  useEffect(() => {
    if (focusOnMount) setFocus('apiKey');
  }, [focusOnMount, setFocus]);

  const onSubmit = handleSubmit(async ({ apiKey }) => {
    setProblem(null);
    try {
      onSignedIn(await signInWithApiKey(apiKey));
    } catch (error) {
      setProblem(signInErrorMessage(error, 'apiKey'));
      // A refused secret does not stay in the page; the user pastes it again.
      resetField('apiKey');
      setFocus('apiKey');
    }
  });

  return (
    <Stack component="form" noValidate spacing={2} onSubmit={onSubmit} aria-label="Sign in with an API key">
      <RhfTextField
        control={control}
        name="apiKey"
        label="API key"
        type="password"
        autoComplete="off"
        required
        fullWidth
        helperText="Create one in Palette under Profile, My API Keys."
        slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
      />
      <KeepSignedInCheckbox checked={keepSignedIn} onChange={onKeepSignedInChange} />
      <SignInProblem message={problem} />
      <Button type="submit" variant="contained" size="large" loading={isSubmitting}>
        Sign in
      </Button>
    </Stack>
  );
}
