import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { RhfTextField } from '../../../components/rhf-text-field';
import { signInWithPassword } from '../api/sign-in';
import { passwordFormSchema, type PasswordForm } from '../model/schemas';
import { signInErrorMessage } from '../model/sign-in-error';
import type { SignInFormProps } from './api-key-sign-in-form';
import { KeepSignedInCheckbox } from './keep-signed-in-checkbox';
import { SignInProblem } from './sign-in-problem';

/**
 * Sign in with email, organisation and password (`POST /v1/auth/authenticate`). The session token it
 * yields is sent as `Authorization` and refreshed before it lapses. After a refusal the password is
 * cleared, so it does not linger in the page.
 */
export function PasswordSignInForm({
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
  } = useForm<PasswordForm>({
    resolver: zodResolver(passwordFormSchema),
    defaultValues: { emailId: '', org: '', password: '' },
  });

  useEffect(() => {
    if (focusOnMount) setFocus('emailId');
  }, [focusOnMount, setFocus]);

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    try {
      onSignedIn(await signInWithPassword(values));
    } catch (error) {
      setProblem(signInErrorMessage(error, 'password'));
      resetField('password');
      setFocus('password');
    }
  });

  return (
    <Stack
      component="form"
      noValidate
      spacing={2}
      onSubmit={onSubmit}
      aria-label="Sign in with email and password"
    >
      <RhfTextField
        control={control}
        name="emailId"
        label="Email"
        type="email"
        autoComplete="username"
        required
        fullWidth
      />
      <RhfTextField
        control={control}
        name="org"
        label="Organisation"
        autoComplete="organization"
        required
        fullWidth
      />
      <RhfTextField
        control={control}
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        fullWidth
      />
      <KeepSignedInCheckbox checked={keepSignedIn} onChange={onKeepSignedInChange} />
      <SignInProblem message={problem} />
      <Button type="submit" variant="contained" size="large" loading={isSubmitting}>
        Sign in
      </Button>
    </Stack>
  );
}
