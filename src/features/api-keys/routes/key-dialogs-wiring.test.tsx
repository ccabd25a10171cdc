import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockDb } from '../../../mocks/db';
import { PERSONAS } from '../../../mocks/personas';
import { renderApp } from '../../../test/render-app';

// The pages open the real create and edit dialogs (loaded on demand) from their buttons and menus.
// The first opening loads the dialog's chunk: on a busy machine that alone can take over the 1 s
// that findBy waits by default.
const LOADS = { timeout: 10_000 };

describe('key dialogs from the pages', () => {
  it('creates a key from My API Keys and lists it after Done, with the count updated', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    await screen.findByText('4 of 20 keys', {}, LOADS);
    await user.click(screen.getByRole('button', { name: 'Add New API Key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add New API Key' }, LOADS);
    expect(within(dialog).queryByRole('combobox', { name: 'User Name' })).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'API Key Name' }), 'nightly-export');
    await user.click(within(dialog).getByRole('button', { name: 'Generate' }));
    const view = await screen.findByRole('dialog', { name: 'API key created' }, LOADS);
    await user.click(within(view).getByRole('checkbox', { name: 'I have saved this API key' }));
    await user.click(within(view).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });
    const table = screen.getByRole('table', { name: 'API keys' });
    expect(await within(table).findByText('nightly-export')).toBeInTheDocument();
    expect(await screen.findByText('5 of 20 keys')).toBeInTheDocument();
    expect(
      mockDb()
        .keysOf(PERSONAS.user.uid)
        .some((k) => k.name === 'nightly-export'),
    ).toBe(true);
  });

  it('offers an admin the User Name picker on the tenant page only', async () => {
    const { user } = renderApp('/tenant-settings/api-keys', { as: 'admin' });
    await screen.findByRole('table', { name: 'API keys' });
    await user.click(screen.getByRole('button', { name: 'Add New API Key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add New API Key' }, LOADS);
    expect(within(dialog).getByRole('combobox', { name: 'User Name' })).toBeInTheDocument();
  });

  it('edits a key from its row menu and updates the row in place', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    await user.click(await screen.findByRole('button', { name: 'Actions for ci-deploy' }));
    await user.click(screen.getByRole('menuitem', { name: /Edit/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit API Key' }, LOADS);
    expect(within(dialog).getByText('Keys cannot be reassigned')).toBeInTheDocument();
    const name = within(dialog).getByRole('textbox', { name: 'API Key Name' });
    await user.clear(name);
    await user.type(name, 'ci-deploy-v2');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // While the dialog is open (or closing) the page behind it is aria-hidden: wait until it is gone.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });
    expect(screen.getByRole('button', { name: 'Actions for ci-deploy-v2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Actions for ci-deploy' })).not.toBeInTheDocument();
  });
});
