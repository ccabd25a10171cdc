import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERVER_REFUSED_REASON } from '../../../lib/authz';
import { server } from '../../../mocks/node';
import { PERSONAS } from '../../../mocks/personas';
import { renderApp } from '../../../test/render-app';

const PATH = '/tenant-settings/api-keys';
const SLOW = { timeout: 10_000 };

// The bulk bar comes with the tenant page's separate chunk: load it once, up front.
beforeAll(() => import('../overview/tenant-extras'), 30_000);

/**
 * Two keys of another user, as Palette lists them to a tenant admin: the matrix lets an admin do
 * everything on both, but Palette's own list for `locked-by-policy` only allows reading it. This
 * answer stands in for the server's word; what is tested is the console reading it.
 */
function listWithRestrictedKey() {
  const key = (uid: string, name: string, permissions: string) => ({
    metadata: { uid, name, annotations: { description: '', permissions } },
    spec: {
      expiry: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      user: { uid: PERSONAS.user.uid, firstName: 'Uma', lastName: 'User' },
    },
    status: { isActive: true },
  });
  server.use(
    http.get('*/v1/apiKeys', () =>
      HttpResponse.json({
        items: [
          key('k-locked', 'locked-by-policy', 'apiKey.get,apiKey.list'),
          key('k-open', 'open-key', 'apiKey.delete,apiKey.get,apiKey.list,apiKey.update'),
        ],
      }),
    ),
  );
}

describe("the server's permissions on a key win over the matrix", () => {
  it('disables Edit, Replace, Revoke and Delete where Palette does not allow them, with the reason', async () => {
    listWithRestrictedKey();
    const { user } = renderApp(PATH, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);

    await user.click(within(table).getByRole('button', { name: 'Actions for locked-by-policy' }));
    for (const name of ['Edit', 'Replace', 'Revoke', 'Delete']) {
      const item = screen.getByRole('menuitem', { name: new RegExp(`^${name}`) });
      expect(item).toHaveAttribute('aria-disabled', 'true');
      expect(item).toHaveTextContent(SERVER_REFUSED_REASON);
    }
    await user.keyboard('{Escape}');

    await user.click(within(table).getByRole('button', { name: 'Actions for open-key' }));
    for (const name of ['Edit', 'Replace…', 'Revoke', 'Delete'])
      expect(screen.getByRole('menuitem', { name })).not.toHaveAttribute('aria-disabled');
  });

  it('leaves such a key out of bulk Revoke and Delete, and says why', async () => {
    listWithRestrictedKey();
    const { user } = renderApp(PATH, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
    const bar = await screen.findByRole('region', { name: 'Bulk actions' }, SLOW);

    await user.click(within(table).getByRole('checkbox', { name: 'Select locked-by-policy' }));
    expect(within(bar).getByRole('button', { name: 'Revoke' })).toBeDisabled();
    expect(within(bar).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.hover(within(bar).getByRole('button', { name: 'Delete' }).parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(SERVER_REFUSED_REASON);

    await user.click(within(table).getByRole('checkbox', { name: 'Select open-key' }));
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    // Only the key Palette allows is asked about, and the other is accounted for.
    const dialog = await screen.findByRole('dialog', { name: 'Delete 1 key?' });
    expect(dialog).toHaveTextContent('Palette does not allow you to delete 1 key of the selection');
  });

  it('lets a user whose custom role carries apiKey.list read the tenant page, acting only on own keys', async () => {
    // Noah's roles are Project Editor and a custom "API Key Auditor": no role name decides.
    const { user } = renderApp(PATH, { as: 'auditor' });
    expect(await screen.findByRole('heading', { level: 1, name: 'API Keys' }, SLOW)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
    expect(within(table).getByRole('columnheader', { name: 'User' })).toBeInTheDocument();
    // Another user's key is listed, read only.
    await user.click(within(table).getByRole('button', { name: 'Actions for ci-deploy' }));
    expect(screen.getByRole('menuitem', { name: /^Delete/ })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');
    await user.click(within(table).getByRole('button', { name: 'Actions for edge-provisioner' }));
    expect(screen.getByRole('menuitem', { name: 'Delete' })).not.toHaveAttribute('aria-disabled');
  });
});
