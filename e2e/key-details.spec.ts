import type { Page } from '@playwright/test';
import {
  appUrl,
  expect,
  expectNoAxeViolations,
  MY_KEYS,
  PERSONA_NAMES,
  TENANT_KEYS,
  test,
  type Persona,
} from './fixtures';
import {
  confirmDialog,
  CreateKeyDialog,
  EditKeyDialog,
  notice,
  tabTo,
  waitForStillness,
} from './pages/key-dialogs';
import { KeyPage } from './pages/key-page';
import type { KeyTable } from './pages/key-table';

// A key's own page: reached from its row and by its address, its fields and owner, the row's own
// actions, its history from the audit log, and the way back to the table as it was.
// Every test starts from a freshly seeded tenant in its own context, so the tests are independent.
test.describe.configure({ mode: 'parallel', timeout: 90_000 });

const NO_PERMISSION = /You can't see this key's history/;
const NOTHING_RECORDED = 'Palette has recorded no history for this key.';

interface Case {
  path: string;
  listLabel: string;
  section: string;
  /** A seeded key of the persona's table. */
  key: string;
  /** Its history as the persona reads it; null when they may not (403: no audit.list). */
  history: string[] | null;
}

const CASES: Record<'admin' | 'user', Case> = {
  admin: {
    path: TENANT_KEYS,
    listLabel: 'API Keys',
    section: 'Tenant Settings',
    key: 'shared-demo',
    history: [
      'Revoked the API key · Uma User',
      'Changed the expiry · Uma User',
      'Created the API key · Uma User',
    ],
  },
  user: {
    path: MY_KEYS,
    listLabel: 'My API Keys',
    section: 'Profile',
    key: 'shared-demo',
    history: null,
  },
};

/** The address of a key's page, read from the link on its name in the table. */
async function keyPageHref(keys: KeyTable, name: string): Promise<string> {
  const href = await keys.table.getByRole('link', { name, exact: true }).getAttribute('href');
  expect(href).toMatch(/\/[0-9a-f]{24}$/);
  return href!;
}

async function expectHistory(keyPage: KeyPage, history: string[] | null): Promise<void> {
  if (history === null) {
    await expect(keyPage.history).toContainText(NO_PERMISSION);
    await expect(keyPage.history.getByRole('alert')).toHaveCount(0);
  } else await expect.poll(() => keyPage.historyEntries()).toEqual(history);
}

/** The history, newest first: what was done (an edit also names what else it changed) and by whom. */
async function expectActors(keyPage: KeyPage, expected: [string | RegExp, string][]): Promise<void> {
  await expect.poll(async () => (await keyPage.historyEntries()).length).toBe(expected.length);
  const entries = await keyPage.historyEntries();
  expected.forEach(([what, who], i) => {
    const [action, actor] = entries[i]!.split(' · ');
    if (typeof what === 'string') expect(action).toBe(what);
    else expect(action).toMatch(what);
    expect(actor, entries[i]).toBe(who);
  });
}

/** Creates a key on the current key page's table and closes the secret view. */
async function createKey(page: Page, name: string, owner?: string): Promise<void> {
  const create = new CreateKeyDialog(page);
  await create.open();
  if (owner) await create.chooseOwner(owner.split(' ')[0]!.toLowerCase(), new RegExp(`^${owner}`));
  await create.createKey(name, { description: 'e2e history' });
  await create.finish();
}

/** Renames the key from its own page's Edit. */
async function renameOnKeyPage(page: Page, keyPage: KeyPage, to: string): Promise<void> {
  const edit = new EditKeyDialog(page);
  await keyPage.action('Edit').click();
  await expect(edit.dialog).toBeVisible();
  await edit.name.fill(to);
  await edit.save.click();
  await expect(edit.dialog).toBeHidden();
  await expect(keyPage.heading).toHaveText(to);
}

for (const persona of ['admin', 'user'] as const) {
  const c = CASES[persona];

  test.describe(`${persona}: a key's own page`, () => {
    test('opens from the name in its row and by its address, with every field', async ({
      page,
      openKeys,
      consoleErrors,
    }) => {
      const keys = await openKeys(persona, c.path);
      const href = await keyPageHref(keys, c.key);
      const keyPage = new KeyPage(page);

      await keys.table.getByRole('link', { name: c.key, exact: true }).click();
      await expect(keyPage.heading).toHaveText(c.key);
      await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(c.section);
      await expect(keyPage.field('Description')).toHaveText('Shared once in a chat; revoked');
      await expect(keyPage.details.getByRole('textbox', { name: 'UID' })).toHaveValue(/^[0-9a-f]{24}$/);
      await expect(keyPage.field('Status')).toContainText('Revoked');
      await expect(keyPage.field('Expires')).toContainText('in 20 days');
      await expect(keyPage.field('Created')).toContainText('12 days ago');
      await expect(keyPage.field('Last modified')).toContainText('ago');
      await expect(keyPage.field('Owner')).toHaveText('Uma User');
      await expect(keyPage.field("Owner's state")).toHaveText('Active');
      await expect(keyPage.field('Last sign-in')).toContainText('ago');
      for (const action of ['Edit', 'Re-activate', 'Delete'])
        await expect(keyPage.action(action)).toBeEnabled();
      await expectHistory(keyPage, c.history);

      // By its address, in a fresh load and a new entry of the history: no table was there first.
      await page.goto(appUrl(persona, href, { reset: false }));
      await expect(keyPage.heading).toHaveText(c.key);
      await expect(keyPage.field('Owner')).toHaveText('Uma User');
      await expectHistory(keyPage, c.history);
      await keyPage.back(c.listLabel).click();
      await expect(page).toHaveURL((url) => url.pathname === c.path && url.search === '');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.listLabel);
      await expect(keys.row(c.key)).toBeVisible();
      expect(consoleErrors).toEqual([]);
    });

    test('opens from View details in the row menu, and Back restores the table as it was', async ({
      page,
      openKeys,
    }) => {
      const keys = await openKeys(persona, c.path, {
        params: { status: 'active', sort: 'name', dir: 'desc', size: '50' },
      });
      await keys.searchFor('e');
      const view = new URL(page.url()).searchParams;
      expect(view.get('q')).toBe('e');
      const names = await keys.rowNames();
      expect(names.length).toBeGreaterThan(1);
      const target = names[1]!;
      const keyPage = new KeyPage(page);

      const menu = await keys.openActions(target);
      await menu.getByRole('menuitem', { name: 'View details' }).click();
      await expect(keyPage.heading).toHaveText(target);
      await expect(page).toHaveURL(/\/[0-9a-f]{24}$/);

      // The page's Back.
      await keyPage.back(c.listLabel).click();
      await expect(keys.table).toBeVisible();
      expect(new URL(page.url()).searchParams.toString()).toBe(view.toString());
      await expect(keys.search).toHaveValue('e');
      await expect(keys.statusFilter).toHaveText('Active');
      expect(await keys.rowNames()).toEqual(names);

      // The browser's Back, after opening it from the name this time.
      await keys.table.getByRole('link', { name: target, exact: true }).click();
      await expect(keyPage.heading).toHaveText(target);
      await page.goBack();
      await expect(keys.table).toBeVisible();
      expect(new URL(page.url()).searchParams.toString()).toBe(view.toString());
      expect(await keys.rowNames()).toEqual(names);
    });

    test('opens by keyboard: Tab to the name, Enter', async ({ page, openKeys }) => {
      const keys = await openKeys(persona, c.path);
      const link = keys.table.getByRole('link', { name: c.key, exact: true });
      await tabTo(page, link, 80);
      await page.keyboard.press('Enter');
      await expect(new KeyPage(page).heading).toHaveText(c.key);
    });

    test('shows a not-found page with the way back for a key that does not exist', async ({
      page,
      openAs,
    }) => {
      await openAs(persona, `${c.path}/6541b2e0d00d0000000fffff`);
      const keyPage = new KeyPage(page);
      await expect(keyPage.heading).toHaveText('API key not found');
      await expect(page.getByText('This API key does not exist')).toBeVisible();
      await keyPage.back(c.listLabel).click();
      await expect(page).toHaveURL((url) => url.pathname === c.path);
      await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible();
    });

    test('is clean for axe in light and dark', async ({ page, openAs }) => {
      await openAs(persona, c.path);
      const keys = page.getByRole('table', { name: 'API keys' });
      await keys.getByRole('link', { name: c.key, exact: true }).click();
      const keyPage = new KeyPage(page);
      await expectHistory(keyPage, c.history);
      await expect(keyPage.field("Owner's state")).toHaveText('Active');
      for (const theme of ['light', 'dark'] as const) {
        await waitForStillness(page);
        await expectNoAxeViolations(page, { theme });
      }
    });
  });
}

test.describe("a key's history names who did what", () => {
  test('admin: created and renamed by Ava for Uma, revoked by Uma', async ({ page, openKeys }) => {
    const name = 'history-by-admin';
    const renamed = `${name}-renamed`;
    const keys = await openKeys('admin', TENANT_KEYS);
    await createKey(page, name, PERSONA_NAMES.user);
    await keys.table.getByRole('link', { name, exact: true }).click();
    const keyPage = new KeyPage(page);
    await expect(keyPage.field('Owner')).toHaveText(PERSONA_NAMES.user);
    await renameOnKeyPage(page, keyPage, renamed);
    const href = new URL(page.url()).pathname.replace(TENANT_KEYS, MY_KEYS);

    // Uma, in the same tab (the mock data stays), revokes it from her own key page.
    await page.goto(appUrl('user', href, { reset: false }));
    await expect(keyPage.heading).toHaveText(renamed);
    await keyPage.revoke(renamed);
    await expectHistory(keyPage, null);

    await page.goto(
      appUrl('admin', new URL(page.url()).pathname.replace(MY_KEYS, TENANT_KEYS), { reset: false }),
    );
    await expectActors(keyPage, [
      ['Revoked the API key', 'Uma User'],
      [/^Changed the name/, 'Ava Admin'],
      ['Created the API key', 'Ava Admin'],
    ]);
  });

  test('user: created, renamed and revoked by Uma; she may not read it, the admin may', async ({
    page,
    openKeys,
  }) => {
    const name = 'history-by-user';
    const renamed = `${name}-renamed`;
    const keys = await openKeys('user', MY_KEYS);
    await createKey(page, name);
    await keys.table.getByRole('link', { name, exact: true }).click();
    const keyPage = new KeyPage(page);
    await renameOnKeyPage(page, keyPage, renamed);
    await keyPage.revoke(renamed);
    await expectHistory(keyPage, null);

    await page.goto(
      appUrl('admin', new URL(page.url()).pathname.replace(MY_KEYS, TENANT_KEYS), { reset: false }),
    );
    await expect(keyPage.heading).toHaveText(renamed);
    await expectActors(keyPage, [
      ['Revoked the API key', 'Uma User'],
      [/^Changed the name/, 'Uma User'],
      ['Created the API key', 'Uma User'],
    ]);
  });

  test('a key with nothing recorded says so plainly', async ({ page, openKeys }) => {
    const keys = await openKeys('admin', TENANT_KEYS, { dataset: 'at-limit' });
    await keys.searchFor('automation-20');
    await keys.table.getByRole('link', { name: 'automation-20', exact: true }).first().click();
    const keyPage = new KeyPage(page);
    await expect(keyPage.history).toContainText(NOTHING_RECORDED);
    await expect(keyPage.history.getByRole('alert')).toHaveCount(0);
  });

  test('admin: Delete on the key page leaves for the table', async ({ page, openKeys }) => {
    const keys = await openKeys('admin', TENANT_KEYS, { params: { q: 'legacy' } });
    await keys.table.getByRole('link', { name: 'legacy-sync', exact: true }).click();
    const keyPage = new KeyPage(page);
    await keyPage.action('Delete').click();
    await confirmDialog(page, 'Delete', 'legacy-sync').getByRole('button', { name: 'Delete' }).click();
    await expect(notice(page, 'Deleted legacy-sync')).toBeVisible();
    await expect(page).toHaveURL(
      (url) => url.pathname === TENANT_KEYS && url.searchParams.get('q') === 'legacy',
    );
    await expect(keys.row('legacy-metrics')).toBeVisible();
    await expect(keys.row('legacy-sync')).toHaveCount(0);
  });
});

test('viewer: the tenant table names an owner who left "Former user", with the uid in a tooltip', async ({
  page,
  openKeys,
}) => {
  const persona: Persona = 'viewer';
  const keys = await openKeys(persona, TENANT_KEYS, { params: { q: 'contractor' } });
  const owner = keys.row('contractor-import').getByText('Former user', { exact: true });
  await expect(owner).toBeVisible();
  await owner.focus();
  await expect(page.getByRole('tooltip')).toContainText(/User [0-9a-f]{24}/);
  await keys.table.getByRole('link', { name: 'contractor-import', exact: true }).click();
  const keyPage = new KeyPage(page);
  await expect(keyPage.field('Owner')).toContainText('Former user');
  await expect(keyPage.field("Owner's state")).toHaveText('No longer in the tenant');
});
