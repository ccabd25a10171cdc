import {
  expect,
  expectNoAxeViolations,
  MY_KEYS,
  TENANT_KEYS,
  test,
  type Persona,
  type Theme,
} from './fixtures';
import { KeyTable } from './pages/key-table';

test.describe('who sees which keys', () => {
  test('an admin sees the keys of every owner on the tenant page', async ({
    page,
    openAs,
    consoleErrors,
  }) => {
    await openAs('admin', TENANT_KEYS);
    const keys = new KeyTable(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API Keys');
    await expect(page.getByRole('banner')).toContainText('Ava Admin');
    await expect(page.getByRole('banner')).toContainText('Mock data');
    await keys.waitForRows();
    await expect(keys.columnHeader('User')).toBeVisible();

    const owners = new Set(await keys.columnValues('User'));
    expect(owners.size, `owners shown: ${[...owners].join(', ')}`).toBeGreaterThanOrEqual(3);
    expect([...owners]).toEqual(
      expect.arrayContaining(['Ava Admin', 'Uma User', 'Noah Nguyen', 'Priya Patel']),
    );
    // Keys of a deactivated user and of a user who left the tenant stay visible to the admin.
    await expect(keys.row('legacy-sync')).toBeVisible();
    await expect(keys.row('contractor-import')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a user sees only their own keys and cannot reach the tenant page', async ({
    page,
    openAs,
    consoleErrors,
  }) => {
    await openAs('user', MY_KEYS);
    const keys = new KeyTable(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My API Keys');
    await keys.waitForRows();
    expect((await keys.rowNames()).sort()).toEqual(['backup-cron', 'ci-deploy', 'local-dev', 'shared-demo']);
    await expect(keys.columnHeader('User')).toHaveCount(0);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'My API Keys', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'API Keys', exact: true })).toHaveCount(0);

    await page.goto(TENANT_KEYS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("You don't have access");
    await expect(page.getByRole('table')).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a viewer sees the tenant table but may act only on their own keys', async ({ page, openKeys }) => {
    const keys = await openKeys('viewer', TENANT_KEYS);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API Keys', exact: true }),
    ).toBeVisible();

    // Uma's key: every action is disabled, and says why.
    let menu = await keys.openActions('ci-deploy');
    for (const action of [/^Edit/, /^Revoke/, /^Delete/]) {
      const item = menu.getByRole('menuitem', { name: action });
      await expect(item).toBeDisabled();
      await expect(item.getByText(/^Only tenant admins can .+ other users' keys$/)).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    // Vic's own key: every action is enabled, with no reason attached.
    menu = await keys.openActions('grafana-reader');
    for (const action of [/^Edit/, /^Revoke/, /^Delete/]) {
      const item = menu.getByRole('menuitem', { name: action });
      await expect(item).toBeEnabled();
      await expect(item).not.toContainText(/Only tenant admins can/);
    }
  });
});

test.describe('table state in the URL', () => {
  test('search, status filter, sort and page survive a reload', async ({ page, openKeys, consoleErrors }) => {
    // at-limit: 69 keys on the tenant page, so there is more than one page.
    const keys = await openKeys('admin', TENANT_KEYS, { dataset: 'at-limit' });
    await expect(keys.rows).toHaveCount(25);

    // automation-10 … automation-19 for each of the three personas: 30 keys, all active.
    await keys.searchFor('automation-1');
    await keys.filterStatus('Active');
    await keys.sortBy('Name');
    await expect(keys.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(keys.rows).toHaveCount(25);
    await keys.nextPage();
    await expect(keys.rows).toHaveCount(5);

    await expect(page).toHaveURL((url) => {
      const p = url.searchParams;
      return (
        p.get('q') === 'automation-1' &&
        p.get('status') === 'active' &&
        p.get('sort') === 'name' &&
        p.get('dir') === 'asc' &&
        p.get('page') === '2'
      );
    });
    const before = await keys.rowNames();
    expect(before).toEqual([...before].sort((a, b) => a.localeCompare(b)));
    expect(
      before.every((name) => /^automation-1\d$/.test(name)),
      before.join(', '),
    ).toBe(true);

    await page.reload();
    await keys.waitForRows();
    await expect(keys.search).toHaveValue('automation-1');
    await expect(keys.statusFilter).toHaveText('Active');
    await expect(keys.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending');
    await expect(keys.rows).toHaveCount(5);
    await expect.poll(() => keys.rowNames()).toEqual(before);
    expect(consoleErrors).toEqual([]);
  });

  test('rows per page is in the URL and survives a reload', async ({ page, openKeys, consoleErrors }) => {
    // Page 2 of the 30 automation-1x keys at 25 rows per page: 5 rows.
    const keys = await openKeys('admin', TENANT_KEYS, {
      dataset: 'at-limit',
      params: { q: 'automation-1', page: '2' },
    });
    await expect(keys.rows).toHaveCount(5);

    // 50 rows per page: back to page 1 with all 30 matching rows, and that too is kept.
    await keys.setRowsPerPage(50);
    await expect(page).toHaveURL(
      (url) => url.searchParams.get('size') === '50' && !url.searchParams.has('page'),
    );
    await expect(keys.rows).toHaveCount(30);
    await page.reload();
    await keys.waitForRows();
    await expect(keys.sizeSelect).toHaveText('50');
    await expect(keys.rows).toHaveCount(30);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('load failure', () => {
  test('a failing list shows the error with its reference, and Retry recovers', async ({ page, openAs }) => {
    await openAs('admin', MY_KEYS, { params: { fail: 'list' } });
    const keys = new KeyTable(page);

    // The console retries a 5xx twice (with backoff) before it gives up and shows the error.
    const alert = page.getByRole('alert').filter({ hasText: 'Could not load API keys' });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText('The API key service is unavailable');
    await expect(alert).toContainText(/Reference: mock-\S+/);
    await expect(keys.table).toHaveCount(0);

    await page.evaluate(() => window.paletteMock?.setScenario({ failures: [] }));
    await alert.getByRole('button', { name: 'Retry' }).click();
    await keys.waitForRows();
    await expect(alert).toBeHidden();
    await expect(keys.row('terraform-prod')).toBeVisible();
  });
});

test.describe('hostile key names', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('markup, emoji, right-to-left and 64-character names render as plain text without overflow', async ({
    page,
    openKeys,
    consoleErrors,
    browserDialogs,
  }) => {
    const keys = await openKeys('admin', TENANT_KEYS);

    const markup = '<img src=x onerror=alert(1)>';
    const long = `${'a'.repeat(15)}-long-name-that-fills-all-sixty-four-characters-x`;
    expect(long).toHaveLength(64);
    for (const name of [markup, '🚀 release-bot', 'مفتاح النشر', long]) {
      await expect(keys.table.getByText(name, { exact: true })).toBeVisible();
    }
    await expect(
      keys.table.getByText('<script>alert("names are text")</script>', { exact: true }),
    ).toBeVisible();
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('script', { hasText: 'names are text' })).toHaveCount(0);

    // Right-to-left text is laid out right to left.
    await expect(keys.table.getByText('مفتاح النشر', { exact: true })).toHaveCSS('direction', 'rtl');

    // The table fits its container at 1280px: no horizontal scrolling, on the table or on the page.
    const overflow = await keys.table.evaluate((table) => {
      const container = table.parentElement as HTMLElement;
      const root = document.documentElement;
      return {
        table: container.scrollWidth - container.clientWidth,
        page: root.scrollWidth - root.clientWidth,
      };
    });
    expect(overflow).toEqual({ table: 0, page: 0 });

    // Searching with markup finds the key and still injects nothing.
    await keys.searchFor('<img src=x');
    await expect(keys.rows).toHaveCount(1);
    expect(await keys.rowNames()).toEqual([markup]);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);

    expect(browserDialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  const pages = [
    { title: 'My API Keys', path: MY_KEYS, table: true },
    { title: 'API Keys', path: TENANT_KEYS, table: true },
  ];
  for (const theme of ['light', 'dark'] satisfies Theme[]) {
    for (const target of pages) {
      test(`${target.title} page, ${theme} theme`, async ({ page, openAs }) => {
        await page.emulateMedia({ colorScheme: theme });
        await openAs('admin', target.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
        await new KeyTable(page).waitForRows();
        await expectNoAxeViolations(page, { theme });
      });
    }

    const errorPages: { title: string; persona: Persona; path: string; heading: string }[] = [
      { title: 'access denied page', persona: 'user', path: TENANT_KEYS, heading: "You don't have access" },
      { title: 'not found page', persona: 'admin', path: '/no/such/page', heading: 'Page not found' },
    ];
    for (const target of errorPages) {
      test(`${target.title}, ${theme} theme`, async ({ page, openAs }) => {
        await page.emulateMedia({ colorScheme: theme });
        await openAs(target.persona, target.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.heading);
        await expectNoAxeViolations(page, { theme });
      });
    }
  }
});

test.describe('routes', () => {
  test('/ redirects to My API Keys', async ({ page, openAs }) => {
    await openAs('user', '/');
    await expect(page).toHaveURL((url) => url.pathname === MY_KEYS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My API Keys');
  });

  test('an unknown path shows "Page not found" with a way home', async ({ page, openAs, consoleErrors }) => {
    await openAs('admin', '/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

    await page
      .getByRole('main')
      .getByRole('link', { name: /my api keys|home/i })
      .click();
    await expect(page).toHaveURL((url) => url.pathname === MY_KEYS);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My API Keys');
    expect(consoleErrors).toEqual([]);
  });
});

test('the tab shows the console icon on a deep link too', async ({ page, openAs }) => {
  await openAs('admin', TENANT_KEYS);
  // Resolved against the page's own address: a relative href would point into /tenant-settings/.
  const href = await page.locator('link[rel="icon"]').evaluate((link: HTMLLinkElement) => link.href);
  const answer = await page.request.get(href);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toContain('image/svg+xml');
});
