import { signInWithPassword } from '../api/sign-in';
import { checkPasswordForm, type PasswordForm } from '../model/schemas';
import { SignInForm, type SignInFormProps, type SignInFormSpec } from './sign-in-form';

const PASSWORD: SignInFormSpec<PasswordForm> = {
  label: 'Sign in with email and password',
  method: 'password',
  fields: [
    { name: 'emailId', label: 'Email', type: 'email', autoComplete: 'username' },
    { name: 'org', label: 'Organisation', autoComplete: 'organization' },
    { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
  ],
  empty: { emailId: '', org: '', password: '' },
  check: checkPasswordForm,
  signIn: signInWithPassword,
  secret: 'password',
};

/**
 * Sign in with email, organisation and password (`POST /v1/auth/authenticate`). The session token it
 * yields is sent as `Authorization` and refreshed before it lapses. After a refusal the password is
 * cleared, so it does not linger in the page.
 */
export function PasswordSignInForm(props: SignInFormProps) {
  return <SignInForm {...props} {...PASSWORD} />;
}
