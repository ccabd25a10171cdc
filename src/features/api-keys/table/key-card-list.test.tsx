import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render-app';

const MY_KEYS = '/profile/api-keys';
const TENANT_KEYS = '/tenant-settings/api-keys';

/** A `window.matchMedia` for a screen `width` px wide: answers min-width and max-width queries. */
function screenOf(width: number) {
  return (query: string) => {
    const min = /min-width:\s*([\d.]+)px/.exec(query);
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    const matches = (!min || width >= Number(min[1])) && (!max || width <= Number(max[1]));
    return {
      matches,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    };
  };
}

const onScreen = (width: number) => vi.stubGlobal('matchMedia', vi.fn(screenOf(width)));

/** The cards of the list, each found by its actions button (named after the key). */
function cardOf(list: HTMLElement, name: string): HTMLElement {
  const card = within(list)
    .getByRole('button', { name: `Actions for ${name}` })
    .closest('li');
  if (!card) throw new Error(`no card for ${name}`);
  return card;
}

/** Opens the actions menu of `name` and returns its items' text, then closes it. */
async function menuOf(user: UserEvent, container: HTMLElement, name: string) {
  await user.click(within(container).getByRole('button', { name: `Actions for ${name}` }));
  const menu = await screen.findByRole('menu', { name: `Actions for ${name}` });
  const items = within(menu)
    .getAllByRole('menuitem')
    .map((item) => ({
      text: item.textContent,
      disabled: item.getAttribute('aria-disabled') === 'true',
    }));
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
  return items;
}

describe('the key list on a phone (below 600 px)', { timeout: 30_000 }, () => {
  // The cards and the tenant extras are chunks of their own: loaded once here, not in a test's time.
  beforeAll(async () => {
    await Promise.all([import('./key-card-list'), import('../overview/tenant-extras')]);
  });
  afterEach(() => vi.unstubAllGlobals());

  describe('at 390 px', () => {
    beforeEach(() => onScreen(390));

    it("shows each key of My API Keys as a card with the row's information, and no table", async () => {
      renderApp(MY_KEYS, { as: 'user' });
      const list = await screen.findByRole('list', { name: 'API keys' }, { timeout: 10_000 });
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(within(list).getAllByRole('listitem')).toHaveLength(4);

      const card = cardOf(list, 'ci-deploy');
      expect(card).toHaveTextContent('GitHub Actions deploy job');
      expect(within(card).getByText('Status').nextElementSibling).toHaveTextContent('Active');
      expect(within(card).getByText('Expiration Date').nextElementSibling).toHaveTextContent(/in 58 days/);
      expect(within(card).getByText('Created').nextElementSibling).toHaveTextContent(/\d{4}/);
      // My API Keys has no User column, so its cards name no owner.
      expect(within(card).queryByText('User')).not.toBeInTheDocument();
      expect(within(cardOf(list, 'local-dev')).getByText('Expiring soon')).toBeInTheDocument();
    });

    it('names the owner on the tenant page, and sorts with "Sort by" instead of headers', async () => {
      const { user } = renderApp(TENANT_KEYS, { as: 'viewer' });
      const list = await screen.findByRole('list', { name: 'API keys' }, { timeout: 10_000 });
      expect(within(cardOf(list, 'edge-provisioner')).getByText('User').nextElementSibling).toHaveTextContent(
        'Noah Nguyen',
      );

      await user.click(screen.getByRole('combobox', { name: 'Sort by' }));
      await user.click(screen.getByRole('option', { name: 'Name' }));
      expect(screen.getByRole('combobox', { name: 'Order' })).toHaveTextContent('A to Z');
      const names = () =>
        within(list)
          .getAllByRole('button', { name: /^Actions for / })
          .map((button) => button.getAttribute('aria-label')?.replace('Actions for ', '') ?? '');
      const ascending = names();
      expect(ascending).toEqual(
        [...ascending].sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare),
      );

      await user.click(screen.getByRole('combobox', { name: 'Order' }));
      await user.click(screen.getByRole('option', { name: 'Z to A' }));
      await waitFor(() => expect(names()[0]).not.toBe(ascending[0]));
      expect(names()[0]).toBe(ascending.at(-1));
    });

    it('lets an admin select cards for the bulk actions, one by one or the whole page', async () => {
      const { user } = renderApp(TENANT_KEYS, { as: 'admin' });
      const list = await screen.findByRole('list', { name: 'API keys' }, { timeout: 10_000 });
      const bar = await screen.findByRole('region', { name: 'Bulk actions' }, { timeout: 5000 });

      await user.click(within(cardOf(list, 'ci-deploy')).getByRole('checkbox', { name: 'Select ci-deploy' }));
      expect(within(bar).getByRole('status')).toHaveTextContent('1 key selected');

      const page = screen.getByRole('checkbox', { name: 'Select all keys on this page' });
      expect(page).toHaveProperty('indeterminate', true);
      await user.click(page);
      const cards = within(list).getAllByRole('listitem');
      expect(within(bar).getByRole('status')).toHaveTextContent(`${cards.length} keys selected`);
      for (const card of cards) expect(within(card).getByRole('checkbox')).toBeChecked();
    });

    it('gives a viewer no checkboxes', async () => {
      renderApp(TENANT_KEYS, { as: 'viewer' });
      const list = await screen.findByRole('list', { name: 'API keys' }, { timeout: 10_000 });
      expect(within(list).queryAllByRole('checkbox')).toHaveLength(0);
      expect(
        screen.queryByRole('checkbox', { name: 'Select all keys on this page' }),
      ).not.toBeInTheDocument();
    });
  });

  it.each([
    { persona: 'viewer' as const, key: 'ci-deploy' },
    { persona: 'admin' as const, key: 'backup-cron' },
  ])("offers the $persona the very menu of the table's row for $key", async ({ persona, key }) => {
    onScreen(1280);
    const desktop = renderApp(TENANT_KEYS, { as: persona });
    const table = await screen.findByRole('table', { name: 'API keys' });
    const rowMenu = await menuOf(desktop.user, table, key);
    desktop.unmount();

    onScreen(390);
    const phone = renderApp(TENANT_KEYS, { as: persona });
    const list = await screen.findByRole('list', { name: 'API keys' }, { timeout: 10_000 });
    expect(await menuOf(phone.user, list, key)).toEqual(rowMenu);
    expect(rowMenu.length).toBeGreaterThanOrEqual(3);
  });
});
