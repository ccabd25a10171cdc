import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { mockDb } from '../../../mocks/db';
import { restoreRealClock, settleOnFakeClock, useFakeClock } from '../../../test/fake-clock';
import { renderApp } from '../../../test/render-app';
import { keyNames } from '../../../test/key-names';

const PATH = '/tenant-settings/api-keys';

// The tenant page loads its tiles, chart, owner filter and bulk bar as a separate chunk: load it once
// up front, so that no test waits for the module transform of its first render.
beforeAll(() => import('../overview/tenant-extras'), 30_000);
afterEach(() => vi.useRealTimers());

/** The first sight of the page can take a while on a busy machine (jsdom, a cold module graph). */
const SLOW = { timeout: 10_000 };
/** These tests click through several filters; give them room on a loaded CI machine. */
const HEAVY = 60_000;

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const row = within(table)
    .getByRole('button', { name: `Actions for ${name}` })
    .closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

const search = (router: { state: { location: { search: string } } }) =>
  new URLSearchParams(router.state.location.search);

describe('Tenant Settings › API Keys: oversight', () => {
  it(
    'counts keys by risk in tiles that filter the table and say when they are pressed',
    async () => {
      const { user, router } = renderApp(PATH, { as: 'admin' });
      const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
      const tiles = await screen.findByRole('group', { name: 'Filter by risk' }, SLOW);
      const tile = (name: string) => within(tiles).getByRole('button', { name: new RegExp(`^${name}`) });
      expect(tile('Active')).toHaveTextContent('13');
      expect(tile('Expiring within 7 days')).toHaveTextContent('3');
      expect(tile('Expired')).toHaveTextContent('3');
      expect(tile('Revoked')).toHaveTextContent('2');
      await waitFor(() => expect(tile('Orphaned')).toHaveTextContent('3'));

      await user.click(tile('Orphaned'));
      await waitFor(() => expect(tile('Orphaned')).toHaveAttribute('aria-pressed', 'true'));
      await waitFor(() =>
        expect(keyNames(table).sort()).toEqual(['contractor-import', 'legacy-metrics', 'legacy-sync']),
      );
      await user.click(tile('Expired'));
      await waitFor(() => expect(keyNames(table)).toEqual(['legacy-metrics']));
      expect(search(router).get('orphaned')).toBe('true');
      expect(search(router).get('status')).toBe('expired');

      await user.click(tile('Orphaned'));
      await waitFor(() => expect(tile('Orphaned')).toHaveAttribute('aria-pressed', 'false'));
      await waitFor(() => expect(keyNames(table)).toHaveLength(3));
    },
    HEAVY,
  );

  it(
    'filters by owner, picked by email, through the URL',
    async () => {
      const { user, router } = renderApp(PATH, { as: 'viewer' });
      const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
      await user.type(await screen.findByRole('combobox', { name: 'User' }, SLOW), 'noah.ng');
      await user.click(await screen.findByRole('option', { name: /Noah Nguyen/ }));
      await waitFor(() => expect(keyNames(table).sort()).toEqual(['Ansible inventory', 'edge-provisioner']));
      expect(search(router).get('owner')).toBe(
        mockDb()
          .users()
          .find((u) => u.firstName === 'Noah')?.uid,
      );
    },
    HEAVY,
  );

  it(
    'charts the weeks ahead, and a bar filters the table to its week',
    async () => {
      const { user, router } = renderApp(PATH, { as: 'admin' });
      const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
      const chart = await screen.findByRole('group', { name: 'Expiring per week' }, SLOW);
      const bars = within(chart).getAllByRole('button');
      expect(bars).toHaveLength(12);
      expect(chart).toHaveAccessibleDescription(/keys? expires? in the next 12 weeks/);
      const busy = bars.find((bar) => /^[1-9]\d* keys? expires? in the week of/.test(bar.textContent ?? ''))!;
      const count = Number.parseInt(busy.textContent ?? '', 10);

      await user.click(busy);
      await waitFor(() => expect(busy).toHaveAttribute('aria-pressed', 'true'));
      await waitFor(() => expect(keyNames(table)).toHaveLength(count));
      expect(search(router).get('week')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(await screen.findByRole('button', { name: /^Filter: Expires/ })).toBeInTheDocument();
    },
    HEAVY,
  );
});

describe('Tenant Settings › API Keys: bulk actions', () => {
  it(
    'revokes the selected keys after one confirmation, reporting a key deleted meanwhile',
    async () => {
      const { user } = renderApp(PATH, { as: 'admin' });
      const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
      for (const name of ['ci-deploy', 'edge-provisioner', 'grafana-reader'])
        await user.click(await within(table).findByRole('checkbox', { name: `Select ${name}` }));
      const bar = await screen.findByRole('region', { name: 'Bulk actions' }, SLOW);
      expect(bar).toHaveTextContent('3 keys selected');

      await user.click(within(bar).getByRole('button', { name: 'Revoke' }));
      const dialog = await screen.findByRole('dialog', { name: 'Revoke 3 keys?' });
      // Someone else deletes one of them before the admin confirms.
      mockDb().deleteKey(
        mockDb()
          .keys()
          .find((k) => k.name === 'grafana-reader')!.uid,
      );
      await user.click(within(dialog).getByRole('button', { name: 'Revoke 3 keys' }));

      expect(await within(dialog).findByRole('heading', { name: 'Revoked 2 of 3 keys' })).toBeInTheDocument();
      expect(within(dialog).getByText('Already deleted')).toBeInTheDocument();
      expect(
        mockDb()
          .keys()
          .find((k) => k.name === 'ci-deploy')?.isActive,
      ).toBe(false);
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));
      await waitFor(() => expect(keyNames(table)).not.toContain('grafana-reader'), SLOW);
      expect(within(bar).getByRole('status')).toHaveTextContent(
        'Select keys to revoke or delete them together',
      );
    },
    HEAVY,
  );

  it(
    'keeps the keys that failed selected, each with its reason',
    async () => {
      const { user } = renderApp(PATH, { as: 'admin' });
      const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
      for (const name of ['ci-deploy', 'terraform-prod'])
        await user.click(await within(table).findByRole('checkbox', { name: `Select ${name}` }));
      const bar = await screen.findByRole('region', { name: 'Bulk actions' }, SLOW);
      await user.click(within(bar).getByRole('button', { name: 'Revoke' }));
      const dialog = await screen.findByRole('dialog', { name: 'Revoke 2 keys?' });
      // Palette keeps answering 429: the queue retries each call, then gives up on it. Its pauses (a
      // second per Retry-After, six retries a key) pass on a fake clock instead of the test's time.
      mockControl.setScenario({ failures: ['rate-limit'] });
      useFakeClock();
      await settleOnFakeClock(user.click(within(dialog).getByRole('button', { name: 'Revoke 2 keys' })));
      expect(await settleOnFakeClock(within(dialog).findByRole('progressbar'))).toBeInTheDocument();
      expect(
        await settleOnFakeClock(
          within(dialog).findByRole('heading', { name: 'Revoked 0 of 2 keys' }, { timeout: 60_000 }),
        ),
      ).toBeInTheDocument();
      await restoreRealClock();
      mockControl.setScenario({ failures: [] });
      await user.click(within(dialog).getByRole('button', { name: 'Close' }));

      // Once the dialog has gone (it hides the rest of the page from assistive technology meanwhile).
      await waitFor(() => expect(within(bar).getByRole('status')).toHaveTextContent('2 keys selected'));
      for (const name of ['ci-deploy', 'terraform-prod']) {
        expect(within(table).getByRole('checkbox', { name: `Select ${name}` })).toBeChecked();
        expect(rowOf(table, name)).toHaveTextContent(/Palette kept refusing/);
      }
    },
    HEAVY,
  );

  it(
    'gives a viewer no bulk controls at all',
    async () => {
      renderApp(PATH, { as: 'viewer' });
      const table = await screen.findByRole('table', { name: 'API keys' }, SLOW);
      expect(within(table).queryByRole('checkbox')).not.toBeInTheDocument();
      expect(await screen.findByRole('group', { name: 'Filter by risk' }, SLOW)).toBeInTheDocument();
      expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
    },
    HEAVY,
  );
});
