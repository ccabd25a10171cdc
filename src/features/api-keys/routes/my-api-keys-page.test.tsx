import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { mockDb } from '../../../mocks/db';
import { renderApp } from '../../../test/render-app';
import { keyNames } from '../../../test/key-names';

const PATH = '/profile/api-keys';

/** The mock tenant's record of one of the signed-in user's keys. */
function storedKey(name: string) {
  return mockDb()
    .keysOf(mockDb().currentUserUid())
    .find((key) => key.name === name);
}

/** The names in the table, top to bottom (each row header holds the name, then the description). */
describe('My API Keys', () => {
  it('shows a user only their own keys, with the key limit', async () => {
    renderApp(PATH, { as: 'user' });
    expect(await screen.findByRole('heading', { level: 1, name: 'My API Keys' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(keyNames(table).sort()).toEqual(['backup-cron', 'ci-deploy', 'local-dev', 'shared-demo']);
    expect(within(table).queryByRole('columnheader', { name: 'User' })).not.toBeInTheDocument();
    expect(await screen.findByText('4 of 20 keys')).toBeInTheDocument();
    expect(screen.getByText('4 keys')).toHaveAttribute('aria-live', 'polite');
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(breadcrumb).toHaveTextContent('Profile');
    expect(screen.getByRole('button', { name: 'Add New API Key' })).not.toHaveAttribute('aria-disabled');
  });

  it("shows an admin only the admin's own keys, though the admin's list holds the whole tenant", async () => {
    renderApp(PATH, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(keyNames(table).sort()).toEqual(['audit-export', 'old-laptop', 'terraform-prod']);
  });

  it('shows statuses as text, with "Expiring soon" and relative expiry dates', async () => {
    renderApp(PATH, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(`^${name}`) })
        .closest('tr')!;
    expect(row('local-dev')).toHaveTextContent(/Active.*Expiring soon.*in 3 days/);
    expect(row('backup-cron')).toHaveTextContent(/Expired.*5 days ago/);
    expect(row('shared-demo')).toHaveTextContent(/Revoked/);
  });

  it('gives the exact UTC expiry in a tooltip that keyboard focus opens and Escape closes', async () => {
    const { user } = renderApp(PATH, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    const date = within(table)
      .getByRole('rowheader', { name: /^ci-deploy/ })
      .closest('tr')!
      .querySelector('time')!;
    act(() => date.focus());
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect(date).toHaveAccessibleDescription(tooltip.textContent!);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
    expect(date).not.toHaveAttribute('aria-describedby');
  });

  it('disables Add New API Key at the key limit and says why', async () => {
    renderApp(PATH, { as: 'user', dataset: 'at-limit' });
    expect(await screen.findByText('20 of 20 keys')).toBeInTheDocument();
    const add = screen.getByRole('button', { name: 'Add New API Key' });
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription(/reached the limit of 20 keys/);
  });

  it('shows the empty state with a call to action when there are no keys', async () => {
    renderApp(PATH, { as: 'user', dataset: 'empty' });
    expect(await screen.findByRole('heading', { name: 'No API keys yet' })).toBeInTheDocument();
    // One beside the page title, one in the empty state.
    expect(screen.getAllByRole('button', { name: 'Add New API Key' })).toHaveLength(2);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('announces loading, then shows the keys', async () => {
    mockControl.setScenario({ latency: 200 });
    renderApp(PATH, { as: 'user' });
    expect(await screen.findByRole('status', { name: 'Loading API keys' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'API keys' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading API keys' })).not.toBeInTheDocument();
  });

  it("shows the server's message and reference when the list fails, and Retry recovers", async () => {
    mockControl.setScenario({ failures: ['list'] });
    const { user } = renderApp(PATH, { as: 'user' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load API keys');
    expect(alert).toHaveTextContent('The API key service is unavailable');
    expect(alert).toHaveTextContent(/Reference: mock-/);
    mockControl.setScenario({ failures: [] });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: 'API keys' })).toBeInTheDocument();
    expect(screen.queryByText('Could not load API keys')).not.toBeInTheDocument();
  });

  it('revokes a key after confirmation, and Undo re-activates it', async () => {
    const { user } = renderApp(PATH, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    const kebab = within(table).getByRole('button', { name: 'Actions for ci-deploy' });
    await user.click(kebab);
    await user.click(screen.getByRole('menuitem', { name: 'Revoke' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke ci-deploy?' });
    expect(dialog).toHaveTextContent('Anything using this key stops working at once.');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));

    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Revoked ci-deploy');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(kebab).toHaveFocus();
    expect(kebab.closest('tr')).toHaveTextContent(/Revoked/);
    expect(storedKey('ci-deploy')?.isActive).toBe(false);

    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Re-activated ci-deploy')).toBeInTheDocument();
    await waitFor(() => expect(storedKey('ci-deploy')?.isActive).toBe(true));
    expect(kebab.closest('tr')).toHaveTextContent(/Active/);
  });

  it('does not offer Re-activate for an expired key', async () => {
    const { user } = renderApp(PATH, { as: 'viewer' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('button', { name: 'Actions for report-script' }));
    const item = screen.getByRole('menuitem', { name: /Re-activate/ });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveTextContent('Extend the expiration date first');
  });

  it('re-activates a revoked key without confirmation', async () => {
    const { user } = renderApp(PATH, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('button', { name: 'Actions for shared-demo' }));
    await user.click(screen.getByRole('menuitem', { name: 'Re-activate' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Re-activated shared-demo')).toBeInTheDocument();
  });

  it('says a key is still active before deleting it, and the row goes away', async () => {
    const { user } = renderApp(PATH, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('button', { name: 'Actions for ci-deploy' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete ci-deploy?' });
    expect(dialog).toHaveTextContent(/^Delete ci-deploy\?This key is still active\./);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted ci-deploy')).toBeInTheDocument();
    await waitFor(() => expect(keyNames(table)).not.toContain('ci-deploy'));
    expect(storedKey('ci-deploy')).toBeUndefined();
    expect(screen.getByText('3 of 20 keys')).toBeInTheDocument();
  });

  it('does not say "still active" when deleting a revoked key', async () => {
    const { user } = renderApp(PATH, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('button', { name: 'Actions for shared-demo' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    expect(screen.getByRole('dialog', { name: 'Delete shared-demo?' })).not.toHaveTextContent('still active');
  });

  it('drops a key someone else deleted meanwhile, with a note instead of an error', async () => {
    const { user } = renderApp(PATH, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    mockDb().deleteKey(storedKey('local-dev')!.uid);
    await user.click(within(table).getByRole('button', { name: 'Actions for local-dev' }));
    await user.click(screen.getByRole('menuitem', { name: 'Revoke' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText('local-dev was already deleted')).toBeInTheDocument();
    await waitFor(() => expect(keyNames(table)).not.toContain('local-dev'));
  });
});
