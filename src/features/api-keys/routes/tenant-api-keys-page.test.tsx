import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { renderApp } from '../../../test/render-app';
import { keyNames } from '../../../test/key-names';

const PATH = '/tenant-settings/api-keys';

/** The names in the table, top to bottom (each row header holds the name, then the description). */
const byText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare;

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const row = within(table)
    .getByRole('button', { name: `Actions for ${name}` })
    .closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Tenant Settings › API Keys', () => {
  it('shows an admin every key of the tenant with its owner', async () => {
    renderApp(PATH, { as: 'admin' });
    expect(await screen.findByRole('heading', { level: 1, name: 'API Keys' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Tenant Settings');
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(table).getByRole('columnheader', { name: 'User' })).toBeInTheDocument();
    expect(keyNames(table)).toHaveLength(18);
    expect(rowOf(table, 'ci-deploy')).toHaveTextContent('Uma User');
    expect(rowOf(table, 'edge-provisioner')).toHaveTextContent('Noah Nguyen');
    expect(rowOf(table, 'legacy-sync')).toHaveTextContent('Dan Departed');
    expect(screen.getByRole('button', { name: 'Add New API Key' })).not.toHaveAttribute('aria-disabled');
  });

  it('lets an admin act on any key', async () => {
    const { user } = renderApp(PATH, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('button', { name: 'Actions for ci-deploy' }));
    for (const name of ['Edit', 'Revoke', 'Delete'])
      expect(screen.getByRole('menuitem', { name })).not.toHaveAttribute('aria-disabled');
  });

  it("tells a user without a tenant role that they don't have access", async () => {
    renderApp(PATH, { as: 'user' });
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows a viewer every key, with actions on other users' keys disabled and the reason given", async () => {
    const { user } = renderApp(PATH, { as: 'viewer' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(keyNames(table)).toHaveLength(18);

    await user.click(within(table).getByRole('button', { name: 'Actions for ci-deploy' }));
    const edit = screen.getByRole('menuitem', { name: /^Edit/ });
    expect(edit).toHaveAttribute('aria-disabled', 'true');
    expect(edit).toHaveTextContent("Only tenant admins can edit other users' keys");
    expect(screen.getByRole('menuitem', { name: /^Revoke/ })).toHaveTextContent(
      "Only tenant admins can revoke or re-activate other users' keys",
    );
    expect(screen.getByRole('menuitem', { name: /^Delete/ })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Escape}');

    await user.click(within(table).getByRole('button', { name: 'Actions for grafana-reader' }));
    for (const name of ['Edit', 'Revoke', 'Delete'])
      expect(screen.getByRole('menuitem', { name })).not.toHaveAttribute('aria-disabled');
  });

  it('renders names with markup, emoji and right-to-left text as plain text', async () => {
    renderApp(PATH, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(within(table).getByText('<img src=x onerror=alert(1)>')).toHaveAttribute('dir', 'auto');
    expect(within(table).getByText('<script>alert("names are text")</script>')).toBeInTheDocument();
    expect(within(table).getByText('مفتاح النشر')).toHaveAttribute('dir', 'auto');
    expect(within(table).getByText('🚀 release-bot')).toBeInTheDocument();
    expect(table.querySelector('img, script')).toBeNull();
  });

  it('searches by owner name, reflecting the search in the URL', async () => {
    const { user, router } = renderApp(`${PATH}?as=admin`, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.type(screen.getByRole('searchbox', { name: 'Search keys' }), 'noah');
    // The URL follows typing after a short pause; jsdom on a busy machine can take a while.
    await waitFor(() => expect(keyNames(table).sort()).toEqual(['Ansible inventory', 'edge-provisioner']), {
      timeout: 3000,
    });
    // The rows follow the text at once; the URL after a short pause.
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe('noah'));
    // The router applies the URL in a transition: what was typed must survive it.
    expect(screen.getByRole('searchbox', { name: 'Search keys' })).toHaveValue('noah');
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('as')).toBe('admin');
    expect(screen.getByText('2 keys')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    const search = screen.getByRole('searchbox', { name: 'Search keys' });
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    await waitFor(() => expect(keyNames(table)).toHaveLength(18));
    expect(new URLSearchParams(router.state.location.search).get('q')).toBeNull();
    // With nothing to clear, the button is neither shown nor reachable.
    expect(screen.queryByRole('button', { name: 'Clear search' })).toBeNull();
  });

  it('shows "Clear filters" when nothing matches, and clearing restores the rows', async () => {
    const { user, router } = renderApp(`${PATH}?status=revoked`, { as: 'admin' });
    await screen.findByRole('table', { name: 'API keys' });
    await user.type(screen.getByRole('searchbox', { name: 'Search keys' }), 'no such key');
    expect(
      await screen.findByRole('heading', { name: 'No keys match your filters' }, { timeout: 3000 }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(keyNames(table)).toHaveLength(18);
    expect(screen.getByRole('searchbox', { name: 'Search keys' })).toHaveValue('');
    expect(router.state.location.search).toBe('');
  });

  it('filters by status through the URL', async () => {
    const { user, router } = renderApp(PATH, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'Expiring soon' }));
    await waitFor(() =>
      expect(keyNames(table).sort()).toEqual(['Ansible inventory', 'audit-export', 'local-dev']),
    );
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('expiring');
  });

  it('opens with the filters of a shared link', async () => {
    renderApp(`${PATH}?status=revoked&q=old`, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(keyNames(table)).toEqual(['old-laptop']);
    expect(screen.getByRole('searchbox', { name: 'Search keys' })).toHaveValue('old');
  });

  it('sorts by a column header, marking it with aria-sort', async () => {
    const { user, router } = renderApp(PATH, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('button', { name: 'User' }));
    const header = within(table).getByRole('columnheader', { name: 'User' });
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    // Body rows hold cells in header order (the checkbox, the name as row header, then the User).
    const column = within(table)
      .getAllByRole('columnheader')
      .findIndex((header) => header.textContent?.startsWith('User'));
    const owners = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => (row as HTMLTableRowElement).cells[column]?.textContent ?? '');
    expect(owners).toContain('Noah Nguyen');
    expect(owners).toEqual([...owners].sort(byText));
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('owner');

    await user.click(within(table).getByRole('button', { name: 'Name' }));
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(table).getByRole('columnheader', { name: 'User' })).not.toHaveAttribute('aria-sort');
    expect(router.state.location.search).toBe('?sort=name&dir=asc');
    await user.click(within(table).getByRole('button', { name: 'Name' }));
    expect(within(table).getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const names = keyNames(table);
    expect(names).toEqual([...names].sort(byText).reverse());
    // Descending is the default direction, so the URL leaves it out.
    expect(router.state.location.search).toBe('?sort=name');
  });

  it('pages through a long list and changes the page size', async () => {
    const { user, router } = renderApp(PATH, { as: 'admin', dataset: 'at-limit' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    expect(keyNames(table)).toHaveLength(25);
    expect(screen.getByText('1–25 of 69')).toBeInTheDocument();
    const firstPage = keyNames(table);

    await user.click(screen.getByRole('button', { name: 'Go to next page' }));
    expect(screen.getByText('26–50 of 69')).toBeInTheDocument();
    expect(keyNames(table)).not.toEqual(firstPage);
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');
    expect(screen.getByRole('button', { name: 'Go to previous page' })).toBeEnabled();

    await user.click(screen.getByRole('combobox', { name: /Rows per page/ }));
    await user.click(screen.getByRole('option', { name: '100' }));
    await waitFor(() => expect(keyNames(table)).toHaveLength(69));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('size')).toBe('100');
    expect(params.get('page')).toBeNull();
  });

  it('goes back to the first page when the filters change', async () => {
    const { user, router } = renderApp(`${PATH}?page=3`, { as: 'admin', dataset: 'at-limit' });
    await screen.findByRole('table', { name: 'API keys' });
    expect(screen.getByText('51–69 of 69')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Status' }));
    await user.click(screen.getByRole('option', { name: 'Active' }));
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('status')).toBe('active'),
    );
    expect(new URLSearchParams(router.state.location.search).get('page')).toBeNull();
    expect(screen.getByText(/^1–25 of \d+$/)).toBeInTheDocument();
  });

  it("shows the error state with the server's message when the list fails", async () => {
    mockControl.setScenario({ failures: ['list'] });
    renderApp(PATH, { as: 'viewer' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Could not load API keys.*The API key service is unavailable/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
