import { Box, ButtonBase } from '@mui/material';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
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

/** Where an arrow, Home or End key moves from tab `index` of `count`; undefined for other keys. */
function nextTab(key: string, index: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The two ways to sign in (an API key; email, organisation and password) as tabs, with "Keep me
 * signed in": the body of the sign-in page and of the sign-in that opens over a page. The tabs follow
 * the WAI-ARIA tabs pattern (one tab stop, arrows, Home and End move and select), written out rather
 * than MUI's Tabs: two tabs need no scrolling or measured indicator, and this is the first visit's page.
 */
export function SignInMethods({ onSignedIn }: SignInMethodsProps) {
  const id = useId();
  const [method, setMethod] = useState<SignInMethod>('apiKey');
  const [switched, setSwitched] = useState(false);
  const [keepSignedIn, setKeepSignedIn] = useState(false);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (value: SignInMethod) => {
    if (value === method) return;
    setMethod(value);
    setSwitched(true);
  };
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = nextTab(event.key, index, METHODS.length);
    if (next === undefined) return;
    event.preventDefault();
    select(METHODS[next]!.value);
    tabs.current[next]?.focus();
  };
  const formProps = {
    keepSignedIn,
    onKeepSignedInChange: setKeepSignedIn,
    onSignedIn: (credentials: Credentials) => onSignedIn(credentials, { persist: keepSignedIn }),
    focusOnMount: !switched,
  };

  return (
    <>
      <Box
        role="tablist"
        aria-label="How to sign in"
        sx={{ display: 'flex', borderBottom: 1, borderColor: 'divider' }}
      >
        {METHODS.map(({ value, label }, index) => {
          const selected = value === method;
          return (
            <ButtonBase
              key={value}
              role="tab"
              id={`${id}-tab-${value}`}
              aria-controls={`${id}-panel`}
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              ref={(element) => {
                tabs.current[index] = element;
              }}
              onClick={() => select(value)}
              onKeyDown={(event) => onTabKey(event, index)}
              sx={{
                flex: 1,
                minHeight: 48,
                px: 2,
                typography: 'button',
                color: selected ? 'primary.main' : 'text.secondary',
                // The indicator: a 2 px line under the selected tab, over the tablist's divider.
                boxShadow: selected ? (t) => `inset 0 -2px 0 ${t.palette.primary.main}` : 'none',
                '&.Mui-focusVisible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
              }}
            >
              {label}
            </ButtonBase>
          );
        })}
      </Box>
      <Box role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${method}`}>
        {method === 'apiKey' ? <ApiKeySignInForm {...formProps} /> : <PasswordSignInForm {...formProps} />}
      </Box>
    </>
  );
}
