import type { Page, Response } from '@playwright/test';
import { appUrl, expect, expectNoAxeViolations, MY_KEYS, signedInUser, test } from './fixtures';
import { KeyTable } from './pages/key-table';
import { openCreateForm } from './pages/key-dialogs';
import { ScenarioPanel } from './pages/scenario-panel';

/** Texts found only in the designer tools' chunk (src/designer). */
const DESIGNER_MARKERS = ['Copy link to this state', 'Injected failures', 'Your session has expired'];

function offlineBanner(page: Page) {
  return page.getByRole('alert').filter({ hasText: "You're offline" });
}

/** The mock's server side recovers while a dialog is open (the panel sits behind the dialog's backdrop). */
async function clearFailures(page: Page) {
  await page.evaluate(() => window.paletteMock?.setScenario({ failures: [] }));
}

test.describe('the scenario panel', () => {
  test('opens from the keyboard, covers none of the page and passes axe in both themes', async ({
    page,
    openAs,
    consoleErrors,
  }) => {
    await openAs('admin', MY_KEYS);
    const scenario = new ScenarioPanel(page);
    await expect(scenario.panel).toBeHidden();

    await scenario.toggle.focus();
    await page.keyboard.press('Enter');
    await expect(scenario.panel).toBeVisible();
    await expect(scenario.toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(scenario.panel.getByRole('heading', { name: 'Scenario' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(scenario.panel.getByRole('button', { name: 'Close the scenario panel' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(scenario.persona).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(scenario.dataset).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(scenario.latency('None')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(scenario.latency('400 ms')).toBeChecked();
    await expect(page).toHaveURL((url) => url.searchParams.get('latency') === '400');

    // The page makes room for the panel: its own controls stay uncovered.
    const add = await page.getByRole('button', { name: 'Add New API Key' }).boundingBox();
    const panel = await scenario.panel.boundingBox();
    expect(add && panel && add.x + add.width <= panel.x, 'the Add button is left of the panel').toBe(true);

    await expectNoAxeViolations(page, { theme: 'light' });
    await expectNoAxeViolations(page, { theme: 'dark' });

    await page.keyboard.press('Escape');
    await expect(scenario.panel).toBeHidden();
    await expect(scenario.toggle).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });

  test('a change goes into the URL at once, next to the page’s own parameters', async ({ page, openAs }) => {
    await openAs('admin', MY_KEYS, { params: { q: 'terraform' } });
    const scenario = new ScenarioPanel(page);
    await scenario.open();
    await scenario.setFailure('List fails (500)', true);
    await scenario.setFailure('Rate limited (429)', true);
    await expect(page).toHaveURL((url) => {
      const p = url.searchParams;
      return (
        url.pathname === MY_KEYS &&
        p.get('q') === 'terraform' &&
        p.get('as') === 'admin' &&
        p.get('dataset') === 'typical' &&
        p.get('latency') === '0' &&
        p.get('fail') === 'list,rate-limit'
      );
    });
    await expect(new KeyTable(page).search).toHaveValue('terraform');
  });

  test('a shared link reproduces persona, dataset, latency and failure', async ({
    page,
    openAs,
    browser,
  }) => {
    await openAs('admin', MY_KEYS);
    const scenario = new ScenarioPanel(page);
    await scenario.open();
    await scenario.latency('400 ms').check();
    await scenario.setFailure('Create conflicts on the name (409)', true);
    await scenario.choosePersona('Vic Viewer (Tenant Viewer)');
    await expect(signedInUser(page, 'Vic Viewer')).toBeVisible();
    await scenario.chooseDataset('At the key limit');
    await expect(page.getByText('20 of 20 keys')).toBeVisible();
    // The panel stays open across the reloads, showing what the mock does now.
    await expect(scenario.latency('400 ms')).toBeChecked();
    await expect(scenario.failure('Create conflicts on the name (409)')).toBeChecked();

    const link = await scenario.copyLink();
    await expect(scenario.link).toHaveValue(link);
    const url = new URL(link);
    expect(url.pathname).toBe(MY_KEYS);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      as: 'viewer',
      dataset: 'at-limit',
      latency: '400',
      fail: 'create-conflict',
    });

    // Someone else opens it: a new browser context, so nothing of this tab's mock comes along.
    const other = await browser.newContext();
    try {
      const theirs = await other.newPage();
      await theirs.goto(link);
      await expect(theirs.getByRole('heading', { level: 1 })).toHaveText('My API Keys');
      await expect(signedInUser(theirs, 'Vic Viewer')).toBeVisible();
      await expect(theirs.getByText('20 of 20 keys')).toBeVisible();
      const theirScenario = new ScenarioPanel(theirs);
      await theirScenario.open();
      await expect(theirScenario.persona).toHaveText('Vic Viewer (Tenant Viewer)');
      await expect(theirScenario.dataset).toHaveText('At the key limit');
      await expect(theirScenario.latency('400 ms')).toBeChecked();
      await expect(theirScenario.failure('Create conflicts on the name (409)')).toBeChecked();
      await expect(theirScenario.failure('List fails (500)')).not.toBeChecked();
      // `reset` acts once and leaves the URL.
      await expect(theirs).toHaveURL(
        (u) => !u.searchParams.has('reset') && u.searchParams.get('as') === 'viewer',
      );
    } finally {
      await other.close();
    }
  });

  test('Reset data brings back the seed', async ({ page, openKeys }) => {
    const keys = await openKeys('user', MY_KEYS);
    const menu = await keys.openActions('local-dev');
    await menu.getByRole('menuitem', { name: /^Delete/ }).click();
    await page
      .getByRole('dialog', { name: 'Delete local-dev?' })
      .getByRole('button', { name: 'Delete', exact: true })
      .click();
    await expect(keys.row('local-dev')).toHaveCount(0);
    await page.reload();
    await keys.waitForRows();
    await expect(keys.row('local-dev')).toHaveCount(0);

    const scenario = new ScenarioPanel(page);
    await scenario.open();
    await scenario.panel.getByRole('button', { name: 'Reset data' }).click();
    await expect(keys.row('local-dev')).toBeVisible();
    expect((await keys.rowNames()).sort()).toEqual(['backup-cron', 'ci-deploy', 'local-dev', 'shared-demo']);
  });
});

test.describe('each injected failure shows what a user would see, and recovers', () => {
  test('list fails (500): the table’s error with Retry', async ({ page, openAs }) => {
    await openAs('admin', MY_KEYS, { params: { fail: 'list' } });
    const error = page.getByRole('alert').filter({ hasText: 'Could not load API keys' });
    // 5xx answers are retried twice before the error shows.
    await expect(error).toContainText('The API key service is unavailable', { timeout: 15_000 });
    const scenario = new ScenarioPanel(page);
    await scenario.open();
    await scenario.setFailure('List fails (500)', false);
    await error.getByRole('button', { name: 'Retry' }).click();
    await new KeyTable(page).waitForRows();
    await expect(error).toBeHidden();
  });

  test('rate limited (429): the table says it is waiting, retries by itself, then says so, with Retry', async ({
    page,
    openAs,
  }) => {
    await openAs('admin', MY_KEYS, { params: { fail: 'rate-limit' } });
    // A 429 is retried after its Retry-After, and the table says so while it waits.
    await expect(page.getByText(/^Palette is busy; retrying (in \d+ s|now…)$/).first()).toBeVisible();
    // Still refused after its retries: the error, with Retry.
    const error = page.getByRole('alert').filter({ hasText: 'Could not load API keys' });
    await expect(error).toContainText('Too many requests', { timeout: 30_000 });
    const scenario = new ScenarioPanel(page);
    await scenario.open();
    await scenario.setFailure('Rate limited (429)', false);
    await error.getByRole('button', { name: 'Retry' }).click();
    await new KeyTable(page).waitForRows();
  });

  test('create fails (500): the dialog keeps the form and says why', async ({ page, openAs }) => {
    await openAs('user', MY_KEYS, { params: { fail: 'create' } });
    const form = await openCreateForm(page);
    await form.name.fill('nightly-backup');
    await form.description.fill('Backs up the cluster profiles');
    await form.generate.click();
    await expect(form.dialog.getByRole('alert')).toContainText('Could not create the API key');
    await expect(form.name).toHaveValue('nightly-backup');
    await expect(form.description).toHaveValue('Backs up the cluster profiles');

    await clearFailures(page);
    await form.generate.click();
    await expect(page.getByRole('dialog', { name: 'API key created' })).toBeVisible();
  });

  test('create conflicts (409): the name field says so and keeps the name', async ({ page, openAs }) => {
    await openAs('user', MY_KEYS, { params: { fail: 'create-conflict' } });
    const form = await openCreateForm(page);
    await form.name.fill('fresh-name');
    await form.generate.click();
    await expect(form.dialog).toContainText('This user already has a key with this name');
    await expect(form.name).toHaveAttribute('aria-invalid', 'true');
    await expect(form.name).toHaveValue('fresh-name');

    await clearFailures(page);
    await form.generate.click();
    await expect(page.getByRole('dialog', { name: 'API key created' })).toBeVisible();
  });

  test('session expired (401): a prompt to sign in again, on a fresh load', async ({ page }) => {
    await page.goto(appUrl('admin', MY_KEYS, { params: { fail: 'session-expired' } }));
    const prompt = page.getByRole('dialog', { name: 'Your session has expired' });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Sign in again' }).click();
    await expect(prompt).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My API Keys');
    await new KeyTable(page).waitForRows();
    await expect(page).toHaveURL((url) => url.searchParams.get('fail') === '');
  });

  test('session expired (401) while typing: signing in again keeps the form', async ({ page, openAs }) => {
    await openAs('user', MY_KEYS);
    const form = await openCreateForm(page);
    await form.name.fill('after-lunch');
    await page.evaluate(() => window.paletteMock?.setScenario({ failures: ['session-expired'] }));
    await form.generate.click();
    const prompt = page.getByRole('dialog', { name: 'Your session has expired' });
    await expect(prompt).toBeVisible();
    await prompt.getByRole('button', { name: 'Sign in again' }).click();
    await expect(prompt).toBeHidden();
    await expect(form.name).toHaveValue('after-lunch');
    await form.generate.click();
    await expect(page.getByRole('dialog', { name: 'API key created' })).toBeVisible();
  });

  test('offline: a banner that goes when the network returns', async ({ page, openAs }) => {
    await openAs('admin', MY_KEYS);
    const scenario = new ScenarioPanel(page);
    await scenario.open();
    await scenario.setFailure('Offline (no answer)', true);
    await page.reload();
    await expect(offlineBanner(page)).toBeVisible();
    await expect(offlineBanner(page)).toContainText('cannot reach Palette');

    await scenario.open();
    await scenario.setFailure('Offline (no answer)', false);
    await expect(offlineBanner(page)).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My API Keys');
    await new KeyTable(page).waitForRows();
  });

  test('offline while typing: the form stays filled, Retry brings the console back', async ({
    page,
    openAs,
  }) => {
    await openAs('user', MY_KEYS);
    const form = await openCreateForm(page);
    await form.name.fill('on-the-train');
    await page.evaluate(() => window.paletteMock?.setScenario({ failures: ['offline'] }));
    await form.generate.click();
    await expect(offlineBanner(page)).toBeVisible();
    await expect(form.generate).toBeEnabled({ timeout: 15_000 });
    await expect(form.name).toHaveValue('on-the-train');

    await clearFailures(page);
    await offlineBanner(page).getByRole('button', { name: 'Retry' }).click();
    await expect(offlineBanner(page)).toBeHidden();
    await form.generate.click();
    await expect(page.getByRole('dialog', { name: 'API key created' })).toBeVisible();
  });

  test('the browser going offline shows the banner too', async ({ page, openAs, context }) => {
    await openAs('admin', MY_KEYS);
    // Once the page has loaded: an answer to a request still under way would say the server is reachable.
    await new KeyTable(page).waitForRows();
    await expect(page.getByText('3 of 20 keys')).toBeVisible();
    await context.setOffline(true);
    await expect(offlineBanner(page)).toBeVisible();
    await expect(offlineBanner(page)).toContainText('no network connection');
    await context.setOffline(false);
    await expect(offlineBanner(page)).toBeHidden();
  });
});

test.describe('deployments on a real Palette', () => {
  async function downloads(page: Page, configJson?: object) {
    if (configJson)
      // Stands in for a deployment's config.json, the file beside index.html that selects the backend.
      await page.route('**/config.json', (route) => route.fulfill({ json: configJson }));
    const requests: string[] = [];
    const scripts: Promise<{ url: string; body: string }>[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response: Response) => {
      if (response.request().resourceType() === 'script')
        scripts.push(response.text().then((body) => ({ url: response.url(), body })));
    });
    await page.goto(MY_KEYS);
    // The boot (and, on the mock, the designer tools) loads before the first page renders.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    return { requests, scripts: await Promise.all(scripts) };
  }

  test('download none of the scenario panel, nor the mock', async ({ page }) => {
    const { requests, scripts } = await downloads(page, { backend: 'palette', apiBaseUrl: '' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/sign in/i);
    expect(scripts.length).toBeGreaterThan(0);
    for (const marker of DESIGNER_MARKERS)
      expect(
        scripts.filter((s) => s.body.includes(marker)).map((s) => s.url),
        `scripts holding "${marker}"`,
      ).toEqual([]);
    expect(requests.filter((url) => url.includes('mockServiceWorker'))).toEqual([]);
    await expect(page.getByRole('button', { name: 'Scenario', exact: true })).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(
      0,
    );
  });

  test('while the same build on the mock downloads both (so the check above can see them)', async ({
    page,
  }) => {
    const { scripts } = await downloads(page);
    for (const marker of DESIGNER_MARKERS)
      expect(
        scripts.some((s) => s.body.includes(marker)),
        `a script holds "${marker}"`,
      ).toBe(true);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(
      1,
    );
    await expect(page.getByRole('button', { name: 'Scenario', exact: true })).toBeVisible();
  });
});
