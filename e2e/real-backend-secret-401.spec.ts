import { expect, test, type Page } from '@playwright/test';
import { CreateKeyDialog } from './pages/key-dialogs';
import { KeyTable } from './pages/key-table';
import { callThroughNginx, REAL_BACKEND, SignInPage, TENANT } from './pages/real-backend';

/**
 * A session that ends while a new key's secret is on screen, on the real-backend path (nginx, the
 * contract server). Going to the sign-in page would unmount the secret view and lose the secret for
 * good; sign-in opens over the page instead, and the secret stays until Done. Run by `npm run test:real`.
 */

const CREDENTIALS_KEY = 'palette-console:credentials';

/** The sign-in that opens over the page, found by role and accessible name. */
function signInPrompt(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Sign in again' });
  return {
    dialog,
    async withPassword(email: string) {
      await dialog.getByRole('tab', { name: 'Email and password' }).click();
      await dialog.getByRole('textbox', { name: 'Email', exact: true }).fill(email);
      await dialog.getByRole('textbox', { name: 'Organisation', exact: true }).fill(TENANT.org);
      await dialog.getByRole('textbox', { name: 'Password', exact: true }).fill(TENANT.password);
      await dialog.getByRole('button', { name: 'Sign in' }).click();
    },
  };
}

test('a 401 while the secret is on screen: sign-in opens over it, the secret stays, the user is back', async ({
  page,
}) => {
  // Waiting out a token's life on the server, and a sign-in: longer than most tests.
  test.setTimeout(120_000);
  const name = `secret-401-${Date.now().toString(36)}`;
  const here = `/profile/api-keys?q=${name}`;
  const signIn = new SignInPage(page);
  const create = new CreateKeyDialog(page);
  const keys = new KeyTable(page);
  const prompt = signInPrompt(page);

  // The page's timers run on a clock the test can stop: the token refresh comes too late.
  await page.clock.install();
  await page.goto(here);
  await signIn.withPassword(TENANT.user.email, { keep: true });
  await expect(page).toHaveURL(here);
  await create.open();
  const secret = await create.createKey(name);

  await test.step('the refresh timer fires after the token has lapsed: a 401', async () => {
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    // Asleep: no refresh. Wait until the server refuses the tab's token (read each time: a refresh
    // already under way when the clock stopped may still replace it).
    const storedToken = async () =>
      (
        JSON.parse((await page.evaluate((key) => sessionStorage.getItem(key), CREDENTIALS_KEY))!) as {
          token: string;
        }
      ).token;
    await expect
      .poll(
        async () =>
          (await callThroughNginx('GET', '/v1/users/info', { Authorization: await storedToken() })).status,
        { timeout: (2 * REAL_BACKEND.tokenTtlSeconds + 5) * 1_000, intervals: [1_000] },
      )
      .toBe(401);
    const refused = page.waitForResponse(
      (response) => response.url().includes('/v1/auth/refresh/') && response.status() === 401,
    );
    await page.clock.resume();
    await page.clock.runFor(REAL_BACKEND.tokenTtlSeconds * 1_000);
    await refused;
  });

  await test.step('sign-in opens over the page; the secret view is still there, unchanged', async () => {
    await expect(prompt.dialog).toBeVisible();
    await expect(prompt.dialog).toContainText('the new key stays on screen until you press Done');
    await expect(page).toHaveURL(here);
    await expect(signIn.heading).toHaveCount(0);
    // Behind the prompt's backdrop (hidden from assistive technology while the prompt is open).
    const behind = page.getByRole('dialog', { name: 'API key created', includeHidden: true });
    await expect(behind.getByRole('textbox', { name: 'API key', includeHidden: true })).toHaveValue(secret);
    // The tab forgot the refused token.
    expect(await page.evaluate((key) => sessionStorage.getItem(key), CREDENTIALS_KEY)).toBeNull();
  });

  await test.step('signing in over it leaves the secret view as it was, until Done', async () => {
    await prompt.withPassword(TENANT.user.email);
    await expect(prompt.dialog).toBeHidden();
    await expect(create.secretField).toHaveValue(secret);
    await create.copy.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await create.finish();
  });

  await test.step('the user is back where they were, signed in again, with the new key listed', async () => {
    await expect(page).toHaveURL(here);
    await expect(page.getByRole('banner').getByTestId('signed-in-user')).toHaveText(TENANT.user.name);
    await expect(keys.row(name)).toBeVisible();
    expect((await callThroughNginx('GET', '/v1/users/info', { ApiKey: secret })).status).toBe(200);
  });
});
