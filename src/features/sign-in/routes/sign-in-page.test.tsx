import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../../../lib/api/config';
import { signOut } from '../../../lib/session';
import { currentCredentials } from '../../../lib/session/credentials';
import { mockDb } from '../../../mocks/db';
import { requireCredentials } from '../../../mocks/handlers/common';
import { ORG_NAME, SEED_PASSWORD } from '../../../mocks/personas';
import { renderApp } from '../../../test/render-app';
import { createUmasKey } from '../../../test/umas-key';

const palette: RuntimeConfig = { backend: 'palette', apiBaseUrl: '' };
const STORAGE_KEY = 'palette-console:credentials';

function umasKey() {
  return createUmasKey('sign-in-test');
}

beforeEach(() => requireCredentials(true));
afterEach(() => {
  signOut();
  sessionStorage.clear();
  requireCredentials(false);
});

describe('signing in to a real Palette', () => {
  it('sends a deep link to sign in, and back there after email, organisation and password', async () => {
    const { user, router } = renderApp('/tenant-settings/api-keys?q=ci', { config: palette });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(
      `?next=${encodeURIComponent('/tenant-settings/api-keys?q=ci')}`,
    );

    await user.click(screen.getByRole('tab', { name: 'Email and password' }));
    await user.type(screen.getByLabelText(/^Email/, { selector: 'input' }), 'ava.admin@acme.example');
    await user.type(screen.getByLabelText(/^Organisation/, { selector: 'input' }), 'acme robotics');
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), SEED_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'API Keys' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      '/tenant-settings/api-keys?q=ci',
    );
    expect(
      within(screen.getByRole('banner')).getByRole('group', { name: 'Signed in as Ava Admin' }),
    ).toHaveTextContent('Ava Admin');
    expect(within(screen.getByRole('banner')).getByText(/Acme Robotics/)).toBeInTheDocument();
    expect(currentCredentials()).toMatchObject({ kind: 'token' });
    // Not kept for the tab unless asked.
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  it('says when the password is wrong, never repeats it, and clears it', async () => {
    const { user } = renderApp('/sign-in', { config: palette });
    await user.click(await screen.findByRole('tab', { name: 'Email and password' }));
    await user.type(screen.getByLabelText(/^Email/, { selector: 'input' }), 'ava.admin@acme.example');
    await user.type(screen.getByLabelText(/^Organisation/, { selector: 'input' }), ORG_NAME);
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), 'Wrong-Secret-123');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The email, organisation or password is not correct.',
    );
    expect(document.body.textContent).not.toContain('Wrong-Secret-123');
    expect(screen.getByLabelText(/^Password/, { selector: 'input' })).toHaveValue('');
    expect(currentCredentials()).toBeNull();
  });

  it('checks the form before asking Palette', async () => {
    const { user } = renderApp('/sign-in', { config: palette });
    await user.click(await screen.findByRole('tab', { name: 'Email and password' }));
    await user.type(screen.getByLabelText(/^Email/, { selector: 'input' }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter an email address like name@example.com')).toBeInTheDocument();
    expect(screen.getByText('Enter your organisation')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
  });

  it('takes the user to the first field to fix, and drops its message once it is fixed', async () => {
    const { user } = renderApp('/sign-in', { config: palette });
    await user.click(await screen.findByRole('tab', { name: 'Email and password' }));
    await user.type(screen.getByLabelText(/^Email/, { selector: 'input' }), 'ava.admin@acme.example');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const org = screen.getByLabelText(/^Organisation/, { selector: 'input' });
    expect(org).toHaveFocus();
    expect(org).toHaveAccessibleDescription('Enter your organisation');
    expect(org).toHaveAttribute('aria-invalid', 'true');
    await user.type(org, ORG_NAME);
    expect(org).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByText('Enter your organisation')).not.toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(currentCredentials()).toBeNull();
  });

  it('asks for the API key when none was pasted', async () => {
    const { user } = renderApp('/sign-in', { config: palette });
    const apiKey = await screen.findByLabelText(/^API key/, { selector: 'input' });
    await waitFor(() => expect(apiKey).toHaveFocus());
    await user.type(apiKey, '   ');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(apiKey).toHaveFocus();
    expect(apiKey).toHaveAccessibleDescription('Paste your API key');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('signs in with an API key, sent as the ApiKey header, and keeps it for the tab when asked', async () => {
    const key = await umasKey();
    const { user } = renderApp('/', { config: palette });
    await user.type(await screen.findByLabelText(/^API key/, { selector: 'input' }), key.secret);
    await user.click(screen.getByRole('checkbox', { name: 'Keep me signed in in this tab' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My API Keys' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('banner')).getByRole('group', { name: 'Signed in as Uma User' }),
    ).toHaveTextContent('Uma User');
    expect(JSON.parse(sessionStorage.getItem(STORAGE_KEY)!)).toEqual({ kind: 'apiKey', apiKey: key.secret });
    expect(localStorage.length).toBe(0);
  });

  it('refuses a wrong API key without repeating it', async () => {
    const { user } = renderApp('/sign-in', { config: palette });
    await user.type(
      await screen.findByLabelText(/^API key/, { selector: 'input' }),
      'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA',
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/This API key was not accepted/);
    expect(screen.getByLabelText(/^API key/, { selector: 'input' })).toHaveValue('');
    expect(document.body.textContent).not.toContain('Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA');
  });

  it('returns to sign-in when the credential stops working, and back to the page after', async () => {
    const key = await umasKey();
    const { user, router, queryClient } = renderApp('/sign-in', { config: palette });
    await user.type(await screen.findByLabelText(/^API key/, { selector: 'input' }), key.secret);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My API Keys' })).toBeInTheDocument();
    await router.navigate('/profile/api-keys?q=backup');
    // The page shows the new address (the router's state reaches React in a transition).
    await waitFor(
      () => expect(screen.getByLabelText('Search keys', { selector: 'input' })).toHaveValue('backup'),
      { timeout: 5_000 },
    );

    // Revoked elsewhere: the next request (here, a refetch) gets a 401.
    mockDb().putKey({ ...mockDb().key(key.uid)!, isActive: false });
    void queryClient.invalidateQueries();
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/profile/api-keys?q=backup')}`);

    await user.click(screen.getByRole('tab', { name: 'Email and password' }));
    await user.type(screen.getByLabelText(/^Email/, { selector: 'input' }), 'uma.user@acme.example');
    await user.type(screen.getByLabelText(/^Organisation/, { selector: 'input' }), ORG_NAME);
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), SEED_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe(
        '/profile/api-keys?q=backup',
      ),
    );
  });

  it('signs out from the account menu, forgetting the credential', async () => {
    const key = await umasKey();
    const { user, router } = renderApp('/sign-in', { config: palette });
    await user.type(await screen.findByLabelText(/^API key/, { selector: 'input' }), key.secret);
    await user.click(screen.getByRole('checkbox', { name: 'Keep me signed in in this tab' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Account' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('Uma User')).toBeInTheDocument();
    await user.click(within(menu).getByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('');
    expect(currentCredentials()).toBeNull();
    expect(sessionStorage.getItem(STORAGE_KEY)).toBeNull();
  });

  // Not first: the deep-link test above needs a tab that was never signed out (afterEach signs out,
  // and a sign-in after Sign out carries no `next`).
  it('offers the two ways as tabs, one tab stop, moved by the arrow keys', async () => {
    const { user } = renderApp('/profile/api-keys', { config: palette });
    const tablist = await screen.findByRole('tablist', { name: 'How to sign in' });
    const apiKeyTab = within(tablist).getByRole('tab', { name: 'API key' });
    const passwordTab = within(tablist).getByRole('tab', { name: 'Email and password' });
    expect(apiKeyTab).toHaveAttribute('aria-selected', 'true');
    expect(passwordTab).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('API key');

    apiKeyTab.focus();
    await user.keyboard('{ArrowRight}');
    expect(passwordTab).toHaveFocus();
    expect(passwordTab).toHaveAttribute('aria-selected', 'true');
    expect(apiKeyTab).toHaveAttribute('tabindex', '-1');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('Email and password');
    expect(screen.getByLabelText(/^Password/, { selector: 'input' })).toBeInTheDocument();

    await user.keyboard('{Home}');
    expect(apiKeyTab).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('API key');
  });
});

describe('on the mock', () => {
  it('has no sign-in page and no Sign out: the persona is the session', async () => {
    requireCredentials(false);
    const { router } = renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'My API Keys' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/profile/api-keys');
    expect(screen.queryByRole('button', { name: 'Account' })).not.toBeInTheDocument();
  });
});
