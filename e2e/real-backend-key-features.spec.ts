import { expect, type Page } from '@playwright/test';
import { PERSONAS } from '../src/mocks/personas';
import { MY_KEYS, TENANT_KEYS } from './fixtures';
import { CSV_HEADER, exportView, parseCsv, viewCount } from './pages/export-file';
import { notice } from './pages/key-dialogs';
import { KeyPage } from './pages/key-page';
import { KeyTable } from './pages/key-table';
import { keyMadeThroughApi, SignInPage, TENANT, test, unique, whoAmIWithKey } from './pages/real-backend';
import { ReplaceDialog } from './pages/replace-dialog';

/**
 * A key's own page, Replace and Export on the real-backend path (playwright.real.config.ts): the
 * production build behind nginx with the shipped configuration, /v1 proxied to the contract server,
 * signed in with email, organisation and password, tokens of 12 s refreshed along the way (once on
 * purpose, while a secret is on screen). The history is the contract server's audit log, the
 * permissions are its own for each caller, and `test` fails on any CSP violation. The tenant is
 * shared by the run: each test makes the keys it acts on, with names no other test uses.
 */

const NO_HISTORY_PERMISSION = "You can't see this key's history. Reading it takes the audit.list permission.";

/** Opens `path`, signs in on the sign-in page it sends to, and waits for the key table's rows. */
async function signInTo(page: Page, email: string, path: string): Promise<KeyTable> {
  await page.goto(path);
  await new SignInPage(page).withPassword(email);
  await expect(page).toHaveURL(path);
  const keys = new KeyTable(page);
  await keys.waitForRows();
  return keys;
}

/** The day in the browser's time zone (this machine's), as the export's file name writes it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test("a key's own page: its fields, its history from the audit log, newest first; none without audit.list", async ({
  page,
}) => {
  const keyPage = new KeyPage(page);

  await test.step('a tenant admin opens a key from its name in the tenant table', async () => {
    const name = unique('real-details');
    const key = await keyMadeThroughApi(TENANT.admin.email, name, { description: 'read on its own page' });
    const keys = await signInTo(page, TENANT.admin.email, TENANT_KEYS);
    await keys.searchFor(name);
    await keys.table.getByRole('link', { name, exact: true }).click();

    await expect(keyPage.heading).toHaveText(name);
    await expect(page).toHaveURL(`${TENANT_KEYS}/${key.uid}`);
    await expect(keyPage.field('Description')).toHaveText('read on its own page');
    await expect(keyPage.details.getByRole('textbox', { name: 'UID' })).toHaveValue(key.uid);
    await expect(keyPage.field('Status')).toContainText(/Active|Expiring soon/);
    await expect(keyPage.field('Owner')).toHaveText(TENANT.admin.name);
    await expect(keyPage.field("Owner's state")).toHaveText('Active');
    await expect.poll(() => keyPage.historyEntries()).toEqual([`Created the API key · ${TENANT.admin.name}`]);

    // Revoked on the page: the audit log's new entry, with the admin as actor, comes first.
    await keyPage.revoke(name);
    await expect
      .poll(() => keyPage.historyEntries())
      .toEqual([`Revoked the API key · ${TENANT.admin.name}`, `Created the API key · ${TENANT.admin.name}`]);

    await keyPage.back('API Keys').click();
    await expect(page).toHaveURL((url) => url.pathname === TENANT_KEYS && url.searchParams.get('q') === name);
    await expect(keys.row(name).getByText('Revoked', { exact: true })).toBeVisible();
  });

  await test.step('a user without audit.list reads, on their own key, why there is no history', async () => {
    const name = unique('real-no-history');
    const key = await keyMadeThroughApi(TENANT.user.email, name);
    await page.getByRole('button', { name: 'Account' }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();

    // A link to the key's page, through sign-in.
    const audits = page.waitForResponse((response) => response.url().includes('/v1/audits?'));
    await page.goto(`${MY_KEYS}/${key.uid}`);
    await signIn.withPassword(TENANT.user.email);
    await expect(page).toHaveURL(`${MY_KEYS}/${key.uid}`);
    await expect(keyPage.heading).toHaveText(name);
    await expect(keyPage.field('Owner')).toHaveText(TENANT.user.name);
    expect((await audits).status()).toBe(403);
    await expect(keyPage.history).toContainText(NO_HISTORY_PERMISSION);
    await expect(keyPage.history.getByRole('alert')).toHaveCount(0);
    await expect(keyPage.back('My API Keys')).toBeVisible();
  });
});

test('Replace on a real backend: the successor works through nginx, the old key no longer does', async ({
  page,
}) => {
  const name = unique('real-replace');
  const successorName = `${name}-2`;
  const old = await keyMadeThroughApi(TENANT.user.email, name, { description: 'to be replaced' });
  const keys = await signInTo(page, TENANT.user.email, MY_KEYS);
  await keys.searchFor(name);
  const replace = new ReplaceDialog(page, name);

  const secret = await test.step('Replace… proposes the name, Create shows the secret once', async () => {
    await replace.open(keys);
    await expect(replace.name).toHaveValue(successorName);
    await expect(replace.form).toContainText('to be replaced');
    const shown = await replace.createSuccessor();
    expect(shown).toMatch(/^[A-Za-z0-9]{32}$/);
    // The secret is on screen: the old key still works.
    expect((await whoAmIWithKey(old.secret)).status).toBe(200);
    // Saving it somewhere takes longer than a token lives: the session is refreshed meanwhile, and
    // the secret stays on screen, unchanged.
    await page.waitForResponse((r) => r.url().includes('/v1/auth/refresh/') && r.ok(), { timeout: 15_000 });
    await expect(replace.secretField).toHaveValue(shown);
    await replace.secretSeen();
    return shown;
  });

  await test.step('Revoke old key now: the old key reads Revoked, the successor is listed', async () => {
    await expect(replace.retire).toContainText(`Your new key ${successorName} exists and works.`);
    await replace.revoke.click();
    await expect(replace.retire).toBeHidden();
    await expect(notice(page, `Replaced ${name} with ${successorName}; ${name} is revoked`)).toBeVisible();
    await expect(keys.row(name).getByText('Revoked', { exact: true })).toBeVisible();
    await expect(keys.row(successorName)).toContainText(/Active|Expiring soon/);
    await expect(keys.row(successorName)).toContainText('to be replaced');
    // Shown once: gone from the page with the dialog.
    expect(await page.content()).not.toContain(secret);
  });

  await test.step('outside the browser, through nginx: the new secret works as its owner, the old not', async () => {
    const successor = await whoAmIWithKey(secret);
    expect(successor.status).toBe(200);
    expect(successor.body).toMatchObject({ userUid: PERSONAS.user.uid, orgName: TENANT.org });
    const refused = await whoAmIWithKey(old.secret);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).not.toContain(old.secret);
  });
});

test("Export on a real backend: the CSV holds the table's every key, no secret, named for the org and day", async ({
  page,
}) => {
  const name = unique('real-export');
  const probe = await keyMadeThroughApi(TENANT.admin.email, name, { description: 'to be exported' });
  await signInTo(page, TENANT.admin.email, TENANT_KEYS);
  const count = await viewCount(page);

  const csv = await exportView(page, 'CSV');
  expect(csv.name).toBe(`api-keys-acme-robotics-${today()}.csv`);
  expect(csv.text).not.toContain(probe.secret);
  const [header, ...lines] = parseCsv(csv.text);
  expect(header).toEqual(CSV_HEADER);
  expect(lines).toHaveLength(count);
  expect(lines.find((line) => line[0] === name)).toEqual([
    name,
    'to be exported',
    TENANT.admin.name,
    TENANT.admin.email,
    'Active',
    expect.stringMatching(/^(Active|Expiring soon)$/),
    expect.any(String),
    expect.any(String),
    probe.uid,
  ]);
  // No cell shaped like a secret (32 letters and digits), whoever's key it is.
  for (const line of lines) for (const cell of line) expect(cell).not.toMatch(/^[A-Za-z0-9]{32}$/);
});
