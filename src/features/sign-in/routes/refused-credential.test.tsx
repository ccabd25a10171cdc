import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../../../lib/api/config';
import { sessionQueries, signOut } from '../../../lib/session';
import { currentCredentials } from '../../../lib/session/credentials';
import { mockDb } from '../../../mocks/db';
import { requireCredentials } from '../../../mocks/handlers/common';
import { server } from '../../../mocks/node';
import { ORG_NAME, SEED_PASSWORD } from '../../../mocks/personas';
import { renderApp } from '../../../test/render-app';
import { createUmasKey } from '../../../test/umas-key';

const palette: RuntimeConfig = { backend: 'palette', apiBaseUrl: '' };
const SLOW = { timeout: 10_000 };

function umasKey() {
  return createUmasKey('refused-test');
}

async function signedInWithKey() {
  const key = await umasKey();
  const rendered = renderApp('/sign-in', { config: palette });
  const { user } = rendered;
  await user.type(await screen.findByLabelText(/^API key/, { selector: 'input' }), key.secret);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'My API Keys' }, SLOW)).toBeInTheDocument();
  return { ...rendered, key };
}

beforeEach(() => requireCredentials(true));
afterEach(() => {
  signOut();
  sessionStorage.clear();
  requireCredentials(false);
});

describe('a credential refused on who-am-I', () => {
  it('returns to sign-in with a plain message when Palette answers ResourceNotFound (404)', async () => {
    const { queryClient, router } = await signedInWithKey();
    // As Palette has been seen answering a refused key: 404, the key echoed in the message.
    server.use(
      http.get('*/v1/users/info', ({ request }) =>
        HttpResponse.json(
          {
            code: 'ResourceNotFound',
            message: `ApiKey ${request.headers.get('ApiKey') ?? ''} not found`,
            ref: 'ref-404',
          },
          { status: 404 },
        ),
      ),
    );
    await queryClient.refetchQueries({ queryKey: sessionQueries.current().queryKey });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('This API key is no longer valid');
    expect(screen.queryByText('Could not load your account')).not.toBeInTheDocument();
    expect(currentCredentials()).toBeNull();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('returns to sign-in with the same message when Palette answers 401 for a revoked key', async () => {
    const { queryClient, key } = await signedInWithKey();
    mockDb().putKey({ ...mockDb().key(key.uid)!, isActive: false });
    await queryClient.refetchQueries({ queryKey: sessionQueries.current().queryKey });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('This API key is no longer valid');
    expect(screen.queryByText('Could not load your account')).not.toBeInTheDocument();
  });

  it('says the session has ended, not that a key is invalid, for a refused session token', async () => {
    const { user, queryClient } = renderApp('/sign-in', { config: palette });
    await user.click(await screen.findByRole('tab', { name: 'Email and password' }));
    await user.type(screen.getByLabelText(/^Email/, { selector: 'input' }), 'uma.user@acme.example');
    await user.type(screen.getByLabelText(/^Organisation/, { selector: 'input' }), ORG_NAME);
    await user.type(screen.getByLabelText(/^Password/, { selector: 'input' }), SEED_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My API Keys' }, SLOW)).toBeInTheDocument();
    server.use(
      http.get('*/v1/users/info', () =>
        HttpResponse.json({ code: 'ResourceNotFound', message: 'not found' }, { status: 404 }),
      ),
    );
    await queryClient.refetchQueries({ queryKey: sessionQueries.current().queryKey });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your session has ended');
    expect(screen.getByRole('status')).not.toHaveTextContent('API key');
  });
});
