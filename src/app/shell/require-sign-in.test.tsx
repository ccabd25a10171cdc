import { configure, getConfig, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../../lib/api/config';
import { signOut } from '../../lib/session';
import { currentCredentials } from '../../lib/session/credentials';
import { mockDb } from '../../mocks/db';
import { requireCredentials } from '../../mocks/handlers/common';
import { server } from '../../mocks/node';
import { ORG_NAME, SEED_PASSWORD } from '../../mocks/personas';
import { renderApp } from '../../test/render-app';
import { createUmasKey } from '../../test/umas-key';

const palette: RuntimeConfig = { backend: 'palette', apiBaseUrl: '' };
const HERE = '/profile/api-keys?q=deploy';

function umasKey() {
  return createUmasKey('sign-in-for-secret');
}

/** The credential stops working the moment a key is created: the list refetch after Generate gets a 401. */
function revokeOnNextCreate(uid: string): () => void {
  const listener = ({ request, response }: { request: Request; response: Response }) => {
    if (
      request.method === 'POST' &&
      new URL(request.url).pathname === '/v1/apiKeys' &&
      response.status === 201
    )
      mockDb().putKey({ ...mockDb().key(uid)!, isActive: false });
  };
  server.events.on('response:mocked', listener);
  return () => server.events.removeListener('response:mocked', listener);
}

// Whole flows through lazily loaded pages and dialogs: more time than one lookup's default second.
const asyncUtilTimeout = getConfig().asyncUtilTimeout;
beforeAll(() => configure({ asyncUtilTimeout: 10_000 }));
afterAll(() => configure({ asyncUtilTimeout }));
beforeEach(() => requireCredentials(true));

/** Fills a field as a paste would (typing key by key is slow in jsdom, and not what is tested here). */
async function pasteInto(
  user: { click: (e: Element) => Promise<void>; paste: (t: string) => Promise<void> },
  field: Element | Promise<Element>,
  text: string,
) {
  await user.click(await field);
  await user.paste(text);
}
afterEach(() => {
  signOut();
  sessionStorage.clear();
  requireCredentials(false);
});

describe('a 401 while a new key’s secret is on screen', () => {
  it('opens sign-in over the page; the secret stays until Done; the user stays where they were', async () => {
    const key = await umasKey();
    const { user, router } = renderApp(`/sign-in?next=${encodeURIComponent(HERE)}`, { config: palette });
    await user.type(
      await screen.findByLabelText(/^API key/, { selector: 'input' }, { timeout: 10_000 }),
      key.secret,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My API Keys' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe(HERE);

    const stopRevoking = revokeOnNextCreate(key.uid);
    await user.click(screen.getByRole('button', { name: 'Add New API Key' }));
    await pasteInto(user, await screen.findByRole('textbox', { name: 'API Key Name' }), 'deploy-bot');
    await user.click(screen.getByRole('button', { name: 'Generate' }));
    // The prompt may already cover it (and hide it from assistive technology): found hidden or not.
    const secretView = await screen.findByRole('dialog', { name: 'API key created', hidden: true });
    const secret = (
      within(secretView).getByRole('textbox', { name: 'API key', hidden: true }) as HTMLInputElement
    ).value;
    expect(secret).toMatch(/\S{16,}/);

    // The list refetch right after Generate is refused: the session is over, the page is not.
    const prompt = await screen.findByRole('dialog', { name: 'Sign in again' }, { timeout: 5_000 });
    stopRevoking();
    expect(currentCredentials()).toBeNull();
    expect(router.state.location.pathname + router.state.location.search).toBe(HERE);
    expect(screen.queryByRole('heading', { level: 1, name: 'Sign in' })).not.toBeInTheDocument();
    // Behind the prompt (hidden from assistive technology while it is open), the secret as it was.
    const behind = screen.getByRole('dialog', { name: 'API key created', hidden: true });
    expect(within(behind).getByRole('textbox', { name: 'API key', hidden: true })).toHaveValue(secret);

    await user.click(within(prompt).getByRole('tab', { name: 'Email and password' }));
    await pasteInto(
      user,
      within(prompt).getByLabelText(/^Email/, { selector: 'input' }),
      'uma.user@acme.example',
    );
    await pasteInto(user, within(prompt).getByLabelText(/^Organisation/, { selector: 'input' }), ORG_NAME);
    await pasteInto(user, within(prompt).getByLabelText(/^Password/, { selector: 'input' }), SEED_PASSWORD);
    await user.click(within(prompt).getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Sign in again' })).not.toBeInTheDocument(),
    );
    expect(currentCredentials()).toMatchObject({ kind: 'token' });

    const view = screen.getByRole('dialog', { name: 'API key created' });
    expect(within(view).getByRole('textbox', { name: 'API key' })).toHaveValue(secret);
    await user.click(within(view).getByRole('checkbox', { name: 'I have saved this API key' }));
    await user.click(within(view).getByRole('button', { name: 'Done' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'API key created' })).not.toBeInTheDocument(),
    );
    expect(router.state.location.pathname + router.state.location.search).toBe(HERE);
    // The list, reloaded with the new credential, has the new key.
    expect(
      await within(await screen.findByRole('table', { name: 'API keys' })).findByText('deploy-bot'),
    ).toBeVisible();
  }, 120_000);

  it('without a secret on screen, a 401 still goes to the sign-in page, and back afterwards', async () => {
    const key = await umasKey();
    const { user, router, queryClient } = renderApp('/sign-in', { config: palette });
    await user.type(
      await screen.findByLabelText(/^API key/, { selector: 'input' }, { timeout: 10_000 }),
      key.secret,
    );
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My API Keys' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
    mockDb().putKey({ ...mockDb().key(key.uid)!, isActive: false });
    void queryClient.invalidateQueries();
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog', { name: 'Sign in again' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/profile/api-keys')}`);
  }, 120_000);
});
