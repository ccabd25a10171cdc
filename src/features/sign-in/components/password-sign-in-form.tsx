import { signInWithPassword } from '../api/sign-in';
import { checkPasswordForm, type PasswordForm } from '../model/schemas';
import { SignInForm, type SignInField, type SignInFormProps } from './sign-in-form';

const EMPTY: PasswordForm = { emailId: '', org: '', password: '' };
const FIELDS: readonly SignInField<PasswordForm>[] = [
  { name: 'emailId', label: 'Email', type: 'email', autoComplete: 'username' },
  { name: 'org', label: 'Organisation', autoComplete: 'organization' },
  { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
];

/**
 * Sign in with email, organisation and password (`POST /v1/auth/authenticate`). The session token it
 * yields is sent as `Authorization` and refreshed before it lapses. After a refusal the password is
 * cleared, so it does not linger in the page.
 */
export function PasswordSignInForm(props: SignInFormProps) {
  return (
    <SignInForm
      {...props}
      label="Sign in with email and password"
      fields={FIELDS}
      method="password"
      empty={EMPTY}
      check={checkPasswordForm}
      signIn={signInWithPassword}
      secret="password"
    />
  );
}
