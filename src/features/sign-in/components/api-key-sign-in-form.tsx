import { signInWithApiKey } from '../api/sign-in';
import { checkApiKeyForm, type ApiKeyForm } from '../model/schemas';
import { SignInForm, type SignInFormProps, type SignInFormSpec } from './sign-in-form';

const API_KEY: SignInFormSpec<ApiKeyForm> = {
  label: 'Sign in with an API key',
  method: 'apiKey',
  fields: [
    {
      name: 'apiKey',
      label: 'API key',
      type: 'password',
      autoComplete: 'off',
      helperText: 'Create one in Palette under Profile, My API Keys.',
      slotProps: { htmlInput: { spellCheck: false, autoCapitalize: 'off' } },
    },
  ],
  empty: { apiKey: '' },
  check: checkApiKeyForm,
  signIn: ({ apiKey }) => signInWithApiKey(apiKey),
  secret: 'apiKey',
};

/**
 * Sign in by pasting an API key; it is sent as the `ApiKey` header and checked (`/v1/users/info`)
 * before it is kept. After a failure the field is cleared, so the secret does not linger in the page.
 */
export function ApiKeySignInForm(props: SignInFormProps) {
  return <SignInForm {...props} {...API_KEY} />;
}
