import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { ACCESS_PENDING_REASON } from '../../lib/authz';
import { mockControl } from '../../mocks/control';
import { server } from '../../mocks/node';
import { renderApp } from '../../test/render-app';

/** Every request to the mock in order, as `start GET /v1/...` and `answer GET /v1/...`. */
function recordTraffic(): string[] {
  const events: string[] = [];
  const path = (request: Request) =>
    `${request.method} ${new URL(request.url).pathname.replace(/\/[0-9a-f]{24}(?=\/|$)/g, '/{uid}')}`;
  const onStart = ({ request }: { request: Request }) => void events.push(`start ${path(request)}`);
  const onAnswer = ({ request }: { request: Request }) => void events.push(`answer ${path(request)}`);
  server.events.on('request:start', onStart);
  server.events.on('response:mocked', onAnswer);
  stopRecording = () => {
    server.events.removeListener('request:start', onStart);
    server.events.removeListener('response:mocked', onAnswer);
  };
  return events;
}
let stopRecording = () => {};
afterEach(() => stopRecording());

describe('the shell asks for the first rows without waiting for the session', () => {
  it.each([
    ['/tenant-settings/api-keys', 'admin'],
    ['/profile/api-keys', 'user'],
  ] as const)('%s: the key list goes out in the round of who-am-I, as %s', async (path, as) => {
    // Each answer takes 100 ms, as on a slow network: requests of one round start together.
    mockControl.setScenario({ latency: 100 });
    const traffic = recordTraffic();
    renderApp(path, { as });
    await within(await screen.findByRole('table', { name: 'API keys' })).findAllByRole('rowheader');
    const at = (event: string) => traffic.indexOf(event);
    expect(at('start GET /v1/apiKeys')).toBeGreaterThanOrEqual(0);
    expect(at('start GET /v1/apiKeys')).toBeLessThan(at('answer GET /v1/users/info'));
    // Only who-am-I goes out with it: the roles and the name need its answer.
    expect(traffic.slice(0, at('answer GET /v1/users/info'))).toEqual(
      expect.arrayContaining(['start GET /v1/apiKeys', 'start GET /v1/users/info']),
    );
    expect(
      traffic.slice(0, at('answer GET /v1/users/info')).filter((e) => e.startsWith('start')),
    ).toHaveLength(2);
  });

  it('shows the rows while the name for the app bar is still on its way, then the name', async () => {
    let answerName = () => {};
    const nameHeld = new Promise<void>((resolve) => {
      answerName = resolve;
    });
    server.use(
      // Returning nothing hands the request on to the mock's own handler, once released.
      http.get('*/v1/users/:uid', async ({ params }) => {
        if (params.uid !== 'info') await nameHeld;
      }),
    );
    renderApp('/tenant-settings/api-keys', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(await within(table).findByRole('rowheader', { name: /^terraform-prod/ })).toBeInTheDocument();
    const banner = screen.getByRole('banner');
    expect(within(banner).queryByText('Ava Admin')).not.toBeInTheDocument();
    answerName();
    expect(await within(banner).findByText('Ava Admin')).toBeInTheDocument();
  });
});

/** Holds the roles' answer until released, as a slow round trip would. */
function holdRoles() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    // Returning nothing hands the request on to the mock's own handler, once released.
    http.get('*/v1/users/:uid/roles', async () => {
      await held;
    }),
  );
  return release;
}

describe('a key page shows its rows before the roles have answered', () => {
  it('the tenant page, to an admin: rows first, other users\' keys "checking", then everything', async () => {
    const releaseRoles = holdRoles();
    renderApp('/tenant-settings/api-keys', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    const row = (await within(table).findByRole('rowheader', { name: /^ci-deploy/ })).closest('tr')!;
    // Uma's key: the matrix gives Ava everything on it, but a viewer (what the list proves) nothing.
    // The access label waits for the roles; the list only proves a viewer so far.
    const banner = screen.getByRole('banner');
    expect(within(banner).queryByText(/Tenant (admin|viewer)/)).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(within(row).getByRole('button', { name: /actions/i }));
    const edit = await screen.findByRole('menuitem', { name: /Edit/ });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('menu')).toHaveTextContent(ACCESS_PENDING_REASON);
    await user.keyboard('{Escape}');

    releaseRoles();
    expect(await within(banner).findByText(/Tenant admin/)).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /actions/i }));
    await waitFor(() =>
      expect(screen.getByRole('menuitem', { name: /Edit/ })).not.toHaveAttribute('aria-disabled', 'true'),
    );
  });

  it('the tenant page, to a user: the placeholder while the roles answer, then the refusal, never a flash of it', async () => {
    const releaseRoles = holdRoles();
    renderApp('/tenant-settings/api-keys', { as: 'user' });
    // Uma's list holds only her own keys: that proves a member, which this page refuses, so it waits.
    await waitFor(() => expect(document.querySelector('.MuiSkeleton-root')).not.toBeNull());
    expect(screen.queryByRole('heading', { name: /access/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'API keys' })).not.toBeInTheDocument();
    releaseRoles();
    expect(await screen.findByText(/Only tenant admins and viewers can see every key/)).toBeInTheDocument();
  });

  it('My API Keys, to a user: her rows before the roles answer', async () => {
    const releaseRoles = holdRoles();
    renderApp('/profile/api-keys', { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect((await within(table).findAllByRole('rowheader')).length).toBeGreaterThan(0);
    releaseRoles();
    expect(await within(screen.getByRole('banner')).findByText(/^User/)).toBeInTheDocument();
  });
});
