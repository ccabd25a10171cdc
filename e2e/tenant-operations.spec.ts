import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, TENANT_KEYS } from './fixtures';

const tiles = (page: Page) => page.getByRole('group', { name: 'Filter by risk' });
/** A risk tile, found by the start of its name ("Active 13"). */
const tile = (page: Page, label: string) =>
  tiles(page).getByRole('button', { name: new RegExp(`^${label} [\\d,]+$`) });
const ownerFilter = (page: Page) => page.getByRole('combobox', { name: 'User' });
const bulkBar = (page: Page) => page.getByRole('region', { name: 'Bulk actions' });

/** Deletes a key as the tab's persona would from the browser console: "someone else" acting meanwhile. */
async function deleteKeyBehindTheScenes(page: Page, name: string): Promise<void> {
  const status = await page.evaluate(async (keyName) => {
    const list = await (await fetch('/v1/apiKeys')).json();
    const key = list.items.find((k: { metadata: { name: string } }) => k.metadata.name === keyName);
    return (await fetch(`/v1/apiKeys/${key.metadata.uid}`, { method: 'DELETE' })).status;
  }, name);
  expect(status).toBe(204);
}

test.describe('tenant oversight', () => {
  test('the owner filter and the risk tiles filter the table, in the URL, and survive a reload', async ({
    page,
    openKeys,
    consoleErrors,
  }) => {
    const keys = await openKeys('admin', TENANT_KEYS);
    await expect(tile(page, 'Orphaned')).toHaveAccessibleName('Orphaned 3');

    await ownerFilter(page).fill('noah.ng');
    await page.getByRole('option', { name: /Noah Nguyen/ }).click();
    await expect
      .poll(() => keys.rowNames().then((n) => n.sort()))
      .toEqual(['Ansible inventory', 'edge-provisioner']);
    await tile(page, 'Expiring within 7 days').click();
    await expect(tile(page, 'Expiring within 7 days')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => keys.rowNames()).toEqual(['Ansible inventory']);
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('status') === 'expiring' && !!url.searchParams.get('owner'),
    );

    await page.reload();
    await keys.waitForRows();
    await expect(ownerFilter(page)).toHaveValue('Noah Nguyen');
    await expect(tile(page, 'Expiring within 7 days')).toHaveAttribute('aria-pressed', 'true');
    expect(await keys.rowNames()).toEqual(['Ansible inventory']);

    // Keyboard only: clear the owner, release the tile, press Orphaned.
    await ownerFilter(page).focus();
    await page.keyboard.press('Escape');
    await expect(ownerFilter(page)).toHaveValue('');
    await tile(page, 'Expiring within 7 days').focus();
    await page.keyboard.press('Enter');
    await expect(tile(page, 'Expiring within 7 days')).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(tile(page, 'Orphaned')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(tile(page, 'Orphaned')).toHaveAttribute('aria-pressed', 'true');
    const orphaned = ['contractor-import', 'legacy-metrics', 'legacy-sync'];
    await expect.poll(() => keys.rowNames().then((n) => n.sort())).toEqual(orphaned);

    await page.reload();
    await keys.waitForRows();
    await expect(tile(page, 'Orphaned')).toHaveAttribute('aria-pressed', 'true');
    expect((await keys.rowNames()).sort()).toEqual(orphaned);
    expect(consoleErrors).toEqual([]);
  });

  test('a bar of the expiry chart filters the table to its week', async ({ page, openAs }) => {
    await openAs('admin', TENANT_KEYS, { dataset: 'large' });
    const chart = page.getByRole('group', { name: 'Expiring per week' });
    const bars = chart.getByRole('button');
    await expect(bars).toHaveCount(12);
    const bar = bars.nth(3);
    const count = Number.parseInt((await bar.textContent())?.replace(/,/g, '') ?? '', 10);
    expect(count).toBeGreaterThan(0);

    await bar.click();
    await expect(bar).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('status').filter({ hasText: /^[\d,]+ keys?$/ })).toHaveText(
      `${count.toLocaleString('en-US')} ${count === 1 ? 'key' : 'keys'}`,
    );
    await expect(page).toHaveURL((url) => /^\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get('week') ?? ''));
    await expect(page.getByRole('button', { name: /^Filter: Expires/ })).toBeVisible();
  });
});

test.describe('bulk actions', () => {
  test('an admin revokes every key matching a filter, with one confirmation, progress and a result per key', async ({
    page,
    openKeys,
    consoleErrors,
  }) => {
    await openKeys('admin', TENANT_KEYS, { dataset: 'at-limit', params: { status: 'active' } });
    const matching = Number(
      (
        await page
          .getByRole('status')
          .filter({ hasText: /^[\d,]+ keys$/ })
          .textContent()
      )?.split(' ')[0],
    );
    expect(matching).toBeGreaterThan(25);

    await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check();
    await expect(bulkBar(page).getByRole('status')).toHaveText('25 keys selected');
    await bulkBar(page)
      .getByRole('button', { name: `Select all ${matching} matching keys` })
      .click();
    await expect(bulkBar(page).getByRole('status')).toHaveText(`${matching} keys selected`);

    await bulkBar(page).getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: `Revoke ${matching} keys?` });
    await expect(dialog).toContainText('Anything using these keys stops working at once');
    // Someone deletes one of the selected keys before the admin confirms.
    await deleteKeyBehindTheScenes(page, 'ci-deploy');
    await dialog.getByRole('button', { name: `Revoke ${matching} keys` }).click();

    const running = page.getByRole('dialog', { name: `Revoking ${matching} keys` });
    await expect(running.getByRole('progressbar')).toBeVisible();
    await expect(running.getByRole('status')).toHaveText(new RegExp(`^\\d+ of ${matching}`));
    const done = page.getByRole('dialog', { name: `Revoked ${matching - 1} of ${matching} keys` });
    await expect(done).toBeVisible({ timeout: 20_000 });
    const notRevoked = done.getByRole('listitem').filter({ hasText: 'ci-deploy' });
    await expect(notRevoked).toContainText('Already deleted');
    await done.getByRole('button', { name: 'Close' }).click();

    // Every selected key is revoked (or gone), so none is left under "Active".
    await expect(page.getByRole('heading', { name: 'No keys match your filters' })).toBeVisible();
    await expect(bulkBar(page).getByRole('status')).toHaveText(
      'Select keys to revoke or delete them together',
    );
    expect(consoleErrors).toEqual([]);
  });

  test('a viewer gets no bulk controls at all', async ({ page, openKeys }) => {
    const keys = await openKeys('viewer', TENANT_KEYS);
    await expect(tiles(page)).toBeVisible();
    await expect(keys.table.getByRole('checkbox')).toHaveCount(0);
    await expect(bulkBar(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Select all/ })).toHaveCount(0);
  });
});

test.describe('accessibility of the tenant page with tiles, chart and bulk actions', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`${theme} theme`, async ({ page, openKeys }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openKeys('admin', TENANT_KEYS, { params: { orphaned: 'true' } });
      await expect(page.getByRole('group', { name: 'Expiring per week' })).toBeVisible();
      await expect(tile(page, 'Orphaned')).toHaveAttribute('aria-pressed', 'true');
      await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check();
      await expectNoAxeViolations(page, { theme });

      await bulkBar(page).getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByRole('dialog', { name: 'Delete 3 keys?' })).toBeVisible();
      await expectNoAxeViolations(page, { theme });
    });
  }
});
