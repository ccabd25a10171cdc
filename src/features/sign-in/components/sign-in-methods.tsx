import { Box, Tab, Tabs } from '@mui/material';
import { useId, useState } from 'react';
import type { Credentials } from '../../../lib/session';
import type { SignInMethod } from '../model/sign-in-error';
import { ApiKeySignInForm } from './api-key-sign-in-form';
import { PasswordSignInForm } from './password-sign-in-form';

const METHODS: { value: SignInMethod; label: string }[] = [
  { value: 'apiKey', label: 'API key' },
  { value: 'password', label: 'Email and password' },
];

export interface SignInMethodsProps {
  /** A credential Palette accepted, and whether to keep it for the tab ("Keep me signed in"). */
  onSignedIn: (credentials: Credentials, options: { persist: boolean }) => void;
}

/**
 * The two ways to sign in (an API key; email, organisation and password) as tabs, with "Keep me
 * signed in": the body of the sign-in page and of the sign-in that opens over a page.
 */
export function SignInMethods({ onSignedIn }: SignInMethodsProps) {
  const id = useId();
  const [method, setMethod] = useState<SignInMethod>('apiKey');
  const [switched, setSwitched] = useState(false);
  const [keepSignedIn, setKeepSignedIn] = useState(false);
  const formProps = {
    keepSignedIn,
    onKeepSignedInChange: setKeepSignedIn,
    onSignedIn: (credentials: Credentials) => onSignedIn(credentials, { persist: keepSignedIn }),
    focusOnMount: !switched,
  };

  return (
    <>
      <Tabs
        value={method}
        onChange={(_event, value: SignInMethod) => {
          setMethod(value);
          setSwitched(true);
        }}
        aria-label="How to sign in"
        variant="fullWidth"
      >
        {METHODS.map(({ value, label }) => (
          <Tab
            key={value}
            value={value}
            label={label}
            id={`${id}-tab-${value}`}
            aria-controls={`${id}-panel`}
          />
        ))}
      </Tabs>
      <Box role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${method}`}>
        {method === 'apiKey' ? <ApiKeySignInForm {...formProps} /> : <PasswordSignInForm {...formProps} />}
      </Box>
    </>
  );
}
