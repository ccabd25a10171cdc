import { expect, type Page } from '@playwright/test';
import { confirmDialog, CreateKeyDialog, EditKeyDialog, notice, runRowAction } from './pages/key-dialogs';
import { expectNoAxeViolations } from './fixtures';
import { KeyTable } from './pages/key-table';
import {
  callThroughNginx,
  keyMadeThroughApi,
  REAL_BACKEND,
  SignInPage,
  TENANT,
  test,
  tokenFor,
  unique,
  whoAmIWithKey,
} from './pages/real-backend';

/**
 * The console on a "real" Palette: the production build behind nginx with the shipped configuration,
 * /v1 proxied to the contract server, every request authenticated as on Palette. Run by
 * `npm run test:real` (playwright.real.config.ts), not by the mock suite.
 */

const MY_KEYS = '/profile/api-keys';
const CREDENTIALS_KEY = 'palette-console:credentials';

async function storedCredentials(page: Page): Promise<{ session: string | null; local: number }> {
  return page.evaluate(
    (key) => ({ session: sessionStorage.getItem(key), local: localStorage.length }),
    CREDENTIALS_KEY,
  );
}

test.describe('served by nginx', () => {
  test('with the security headers, caching and runtime configuration of a deployment', async ({
    page,
    request,
  }) => {
    const document = await page.goto(MY_KEYS);
    const headers = document!.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-store');

    const config = await request.get('/config.json');
    expect(config.headers()['cache-control']).toBe('no-store');
    expect(await config.json()).toEqual({ backend: 'palette', apiBaseUrl: '' });

    const script = await page.locator('script[src*="/assets/"]').first().getAttribute('src');
    const asset = await request.get(script!);
    expect(asset.status()).toBe(200);
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await request.get('/assets/no-such-file.js')).status()).toBe(404);

    // /v1 reaches the contract server, which wants credentials like Palette.
    const api = await request.get('/v1/users/info');
    expect(api.status()).toBe(401);
    expect(await api.json()).toMatchObject({ code: 'Unauthorized' });

    // A palette deployment loads no mock code: no service worker, no mock chunk.
    await expect(new SignInPage(page).heading).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(
      0,
    );
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((name) => /mockServiceWorker|\/assets\/browser-/.test(name))).toEqual([]);
  });

  test('enforces the CSP: an injected inline script is refused and reported', async ({
    page,
    cspViolations,
  }) => {
    await page.goto('/sign-in');
    await expect(new SignInPage(page).heading).toBeVisible();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__e2eInlineRan = true;';
      document.head.append(script);
      return '__e2eInlineRan' in window;
    });
    expect(ran).toBe(false);
    // The listener hears it: so an empty list in the other tests means something.
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
    expect(cspViolations.join('\n')).toContain('script-src');
    cspViolations.length = 0;
  });
});

test('the sign-in page passes axe, in the light and the dark theme', async ({ page }) => {
  await page.goto('/sign-in');
  const signIn = new SignInPage(page);
  await expect(signIn.heading).toBeVisible();
  await expectNoAxeViolations(page, { theme: 'light' });
  await signIn.passwordTab.click();
  await signIn.submit.click();
  await expect(page.getByText('Enter your email')).toBeVisible();
  await expectNoAxeViolations(page, { theme: 'dark' });
});

test.describe('sign-in', () => {
  test('with email, organisation and password: a deep link comes back after sign-in; Sign out forgets it', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    await page.goto(`${MY_KEYS}?q=terraform`);
    await expect(signIn.heading).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile%2Fapi-keys%3Fq%3Dterraform$/);

    await test.step('a wrong password: a clear message, and the password is not repeated', async () => {
      await signIn.withPassword(TENANT.admin.email, { password: 'Not-The-Password-42' });
      await expect(signIn.problem).toHaveText('The email, organisation or password is not correct.');
      await expect(signIn.password).toHaveValue('');
      expect(await page.content()).not.toContain('Not-The-Password-42');
      await expect(page).toHaveURL(/\/sign-in\?next=/);
    });

    await test.step('the right one: back to the page asked for, as Ava Admin of Acme Robotics', async () => {
      await signIn.withPassword(TENANT.admin.email);
      await expect(page).toHaveURL(`${MY_KEYS}?q=terraform`);
      await expect(page.getByRole('heading', { level: 1, name: 'My API Keys' })).toBeVisible();
      const banner = page.getByRole('banner');
      await expect(banner.getByTestId('signed-in-user')).toHaveText(TENANT.admin.name);
      await expect(banner).toContainText('Tenant admin · Acme Robotics');
      await expect(page.getByRole('searchbox', { name: 'Search keys' })).toHaveValue('terraform');
      // Not asked to keep the session: nothing in the tab's storage, never anything in localStorage.
      expect(await storedCredentials(page)).toEqual({ session: null, local: 0 });
    });

    await test.step('Sign out, from the account menu', async () => {
      await page.getByRole('button', { name: 'Account' }).click();
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await expect(signIn.heading).toBeVisible();
      await expect(page.getByText('You have signed out.')).toBeVisible();
      await page.goto(MY_KEYS);
      await expect(signIn.heading).toBeVisible();
    });
  });

  test('with an API key, kept for the tab when asked, through a reload', async ({ page }) => {
    const key = await keyMadeThroughApi(TENANT.viewer.email, unique('vic-sign-in'));
    const signIn = new SignInPage(page);
    await page.goto('/');

    await test.step('a wrong key: a clear message, and the key is not repeated', async () => {
      await signIn.withApiKey('Q29uc29sZVRlc3RXcm9uZ0tleTEyMzQ1Njc4OQ');
      await expect(signIn.problem).toContainText('This API key was not accepted.');
      await expect(signIn.apiKey).toHaveValue('');
      expect(await page.content()).not.toContain('Q29uc29sZVRlc3RXcm9uZ0tleTEyMzQ1Njc4OQ');
    });

    await test.step('the right key', async () => {
      await signIn.withApiKey(key.secret, { keep: true });
      await expect(page.getByRole('heading', { level: 1, name: 'My API Keys' })).toBeVisible();
      await expect(page.getByRole('banner').getByTestId('signed-in-user')).toHaveText(TENANT.viewer.name);
      const stored = await storedCredentials(page);
      expect(JSON.parse(stored.session!)).toEqual({ kind: 'apiKey', apiKey: key.secret });
      expect(stored.local).toBe(0);
    });

    await test.step('a reload keeps the session of this tab', async () => {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'My API Keys' })).toBeVisible();
      await expect(page.getByRole('banner').getByTestId('signed-in-user')).toHaveText(TENANT.viewer.name);
    });
  });

  test('Sign out revokes the session token: the server refuses it from then on', async ({ page }) => {
    const signIn = new SignInPage(page);
    await page.goto(MY_KEYS);
    await signIn.withPassword(TENANT.user.email, { keep: true });
    await expect(page.getByRole('heading', { level: 1, name: 'My API Keys' })).toBeVisible();
    const { token } = JSON.parse((await storedCredentials(page)).session!) as { token: string };
    expect((await callThroughNginx('GET', '/v1/users/info', { Authorization: token })).status).toBe(200);

    const revoke = page.waitForRequest((r) => r.url().endsWith('/v1/users/auth/tokens/revoke'));
    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    expect((await revoke).postDataJSON()).toEqual({ tokens: [token] });
    await expect(signIn.heading).toBeVisible();
    await expect(page.getByText('You have signed out.')).toBeVisible();
    expect(await storedCredentials(page)).toEqual({ session: null, local: 0 });
    const refused = await callThroughNginx('GET', '/v1/users/info', { Authorization: token });
    expect(refused.status).toBe(401);
  });

  test('an API key revoked elsewhere returns to sign-in with a plain message, not an error page', async ({
    page,
  }) => {
    const key = await keyMadeThroughApi(TENANT.user.email, unique('uma-refused'));
    const signIn = new SignInPage(page);
    await page.goto(`${MY_KEYS}?q=ci`);
    await signIn.withApiKey(key.secret, { keep: true });
    await expect(page.getByRole('heading', { level: 1, name: 'My API Keys' })).toBeVisible();

    // Revoked by its owner through the API (another tab, a script): who-am-I refuses it on reload.
    const token = await tokenFor(TENANT.user.email);
    const revoked = await callThroughNginx(
      'PUT',
      `/v1/apiKeys/${key.uid}/state`,
      { Authorization: token },
      { isActive: false },
    );
    expect(revoked.status).toBe(204);
    await page.reload();

    await expect(signIn.heading).toBeVisible();
    await expect(page.getByText(/This API key is no longer valid/)).toBeVisible();
    await expect(page.getByText('Could not load your account')).toHaveCount(0);
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile%2Fapi-keys%3Fq%3Dci$/);
    expect(await storedCredentials(page)).toEqual({ session: null, local: 0 });
    expect(await page.content()).not.toContain(key.secret);
  });

  test('an expired session returns to sign-in, and back to the page after signing in again', async ({
    page,
  }) => {
    const signIn = new SignInPage(page);
    // The page's timers run on a clock the test can stop: a laptop asleep misses the token refresh.
    await page.clock.install();
    await page.goto(`${MY_KEYS}?q=ci`);
    await signIn.withPassword(TENANT.user.email, { keep: true });
    await expect(page).toHaveURL(`${MY_KEYS}?q=ci`);
    await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible();

    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    // Asleep: no refresh. Wait until the server refuses the tab's token.
    const { token } = JSON.parse((await storedCredentials(page)).session!) as { token: string };
    await expect
      .poll(async () => (await callThroughNginx('GET', '/v1/users/info', { Authorization: token })).status, {
        timeout: (REAL_BACKEND.tokenTtlSeconds + 5) * 1_000,
        intervals: [1_000],
      })
      .toBe(401);
    // Awake again: the overdue refresh is refused, and the console asks to sign in again.
    await page.clock.resume();
    await page.clock.runFor(REAL_BACKEND.tokenTtlSeconds * 1_000);

    await expect(signIn.heading).toBeVisible();
    await expect(page.getByText(/Your session has ended/)).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile%2Fapi-keys%3Fq%3Dci$/);
    expect(await storedCredentials(page)).toEqual({ session: null, local: 0 });
    await signIn.withPassword(TENANT.user.email);
    await expect(page).toHaveURL(`${MY_KEYS}?q=ci`);
    await expect(page.getByRole('banner').getByTestId('signed-in-user')).toHaveText(TENANT.user.name);
  });
});

test('the key lifecycle on a real backend: the new key works through nginx until revoked', async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  const keys = new KeyTable(page);
  const create = new CreateKeyDialog(page);
  const edit = new EditKeyDialog(page);
  const name = unique('real-lifecycle');

  const refreshes: number[] = [];
  page.on('response', (response) => {
    if (response.url().includes('/v1/auth/refresh/')) refreshes.push(response.status());
  });
  await page.goto(MY_KEYS);
  // Signed in with a password: the session token is refreshed along the way.
  await signIn.withPassword(TENANT.user.email);
  await keys.waitForRows();

  const secret = await test.step('create, copy, done', async () => {
    await create.open();
    const shown = await create.createKey(name, { description: 'made through nginx' });
    await create.copyAs('Environment', 'export line');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `export SPECTROCLOUD_APIKEY=${shown}`,
    );
    await create.copyAs('curl', 'curl command');
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toBe(`curl -H "ApiKey: $SPECTROCLOUD_APIKEY" ${new URL(page.url()).origin}/v1/users/info`);
    await create.copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await create.finish();
    await expect(keys.row(name)).toBeVisible();
    return shown;
  });

  await test.step('the key authenticates a plain fetch through nginx, as its owner', async () => {
    const info = await whoAmIWithKey(secret);
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({ orgName: TENANT.org });
  });

  await test.step('edit', async () => {
    await runRowAction(keys, name, 'Edit');
    await expect(edit.dialog).toBeVisible();
    await edit.description.fill('edited through nginx');
    await edit.save.click();
    await expect(edit.dialog).toBeHidden();
    await expect(notice(page, `Saved ${name}`)).toBeVisible();
    await expect(keys.row(name)).toContainText('edited through nginx');
  });

  await test.step('revoke: the key stops working at once', async () => {
    await runRowAction(keys, name, 'Revoke');
    const confirm = confirmDialog(page, 'Revoke', name);
    await confirm.getByRole('button', { name: 'Revoke' }).click();
    await expect(confirm).toBeHidden();
    await expect(keys.row(name).getByText('Revoked', { exact: true })).toBeVisible();
    const refused = await whoAmIWithKey(secret);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).not.toContain(secret);
  });

  await test.step('re-activate: it works again', async () => {
    await runRowAction(keys, name, 'Re-activate');
    await expect(keys.row(name).getByText('Active', { exact: true })).toBeVisible();
    expect((await whoAmIWithKey(secret)).status).toBe(200);
  });

  await test.step('delete: gone for good', async () => {
    await runRowAction(keys, name, 'Delete');
    const confirm = confirmDialog(page, 'Delete', name);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(confirm).toBeHidden();
    await expect(keys.row(name)).toHaveCount(0);
    expect((await whoAmIWithKey(secret)).status).toBe(401);
  });

  // Still signed in after all that: tokens of 12 s, refreshed before they lapsed.
  await expect(page.getByRole('banner').getByTestId('signed-in-user')).toHaveText(TENANT.user.name);
  await expect
    .poll(() => refreshes.length, { timeout: REAL_BACKEND.tokenTtlSeconds * 1_000 })
    .toBeGreaterThan(0);
  expect(refreshes.every((status) => status === 200)).toBe(true);
});
