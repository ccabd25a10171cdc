import type { Page } from '@playwright/test';
import { PERSONAS } from '../src/mocks/personas';
import type { FailureId } from '../src/mocks/scenario';
import { expect, MY_KEYS, TENANT_KEYS, test } from './fixtures';
import { menuItem, notice } from './pages/key-dialogs';
import { findKey, keyIsActive, keyOwnerUid, keysOf, keyName } from './pages/mock-api';
import { ReplaceDialog } from './pages/replace-dialog';
import { recordConsole, secretTraces } from './pages/secret-traces';

// Replace (spec section 5): a successor with the old key's owner and description, its secret shown
// once, then the old key revoked now or kept, flagged as replaced. Each step fails on its own, and
// the dialog says what exists afterwards.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

const fail = (page: Page, failures: FailureId[]) =>
  page.evaluate((list) => window.paletteMock?.setScenario({ failures: list }), failures);

const serverSays = async (page: Page, name: string) => keyIsActive(await findKey(page, name));

test('a user replaces their own key and revokes the old one once the secret was seen', async ({
  page,
  openKeys,
  consoleErrors,
}) => {
  const logs = recordConsole(page);
  const keys = await openKeys('user', MY_KEYS);
  const replace = new ReplaceDialog(page, 'ci-deploy');
  await replace.open(keys);
  await expect(replace.name).toHaveValue('ci-deploy-2');
  await expect(replace.form).toContainText('GitHub Actions deploy job');
  const secret = await replace.createSuccessor();
  await expect(replace.secretView).not.toContainText('Share it with');
  // The secret is on screen: the old key still works.
  expect(await serverSays(page, 'ci-deploy')).toBe(true);
  await replace.secretSeen();
  await expect(replace.retire).toContainText('Your new key ci-deploy-2 exists and works.');
  await expect(replace.keep).toBeFocused();
  await replace.revoke.click();
  await expect(replace.retire).toBeHidden();
  await expect(notice(page, 'Replaced ci-deploy with ci-deploy-2; ci-deploy is revoked')).toBeVisible();
  expect(await serverSays(page, 'ci-deploy')).toBe(false);
  const successor = await findKey(page, 'ci-deploy-2');
  expect(keyIsActive(successor)).toBe(true);
  expect(successor.metadata?.annotations?.description).toBe('GitHub Actions deploy job');
  await expect(keys.row('ci-deploy')).toContainText('Revoked');
  expect(await secretTraces(page, secret, await logs.lines())).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("a tenant admin replaces another user's key: it stays that user's, and the secret is to be shared", async ({
  page,
  openKeys,
  consoleErrors,
}) => {
  const keys = await openKeys('admin', TENANT_KEYS);
  const replace = new ReplaceDialog(page, 'ci-deploy');
  await replace.open(keys);
  await expect(replace.form).toContainText('A new key is made for Uma User');
  await replace.createSuccessor();
  await expect(replace.secretView).toContainText('Share it with Uma User through a secure channel.');
  await replace.secretSeen();
  await expect(replace.retire).toContainText('The new key ci-deploy-2 of Uma User exists and works.');
  await replace.keep.click();
  await expect(replace.retire).toBeHidden();
  expect(keyOwnerUid(await findKey(page, 'ci-deploy-2'))).toBe(PERSONAS.user.uid);
  expect(await serverSays(page, 'ci-deploy')).toBe(true);

  // Kept: the old key's row says what replaced it, and the link finds the successor.
  const link = keys.row('ci-deploy').getByRole('link', { name: 'Replaced by ci-deploy-2: show it' });
  await expect(link).toBeVisible();
  await page.reload();
  await expect(link).toBeVisible();
  await link.click();
  await expect(keys.search).toHaveValue('ci-deploy-2');
  await expect.poll(() => keys.rowNames()).toEqual(['ci-deploy-2']);

  // Revoked later, the flag goes.
  await keys.search.fill('ci-deploy');
  const menu = await keys.openActions('ci-deploy');
  await menuItem(menu, 'Revoke').click();
  await page
    .getByRole('dialog', { name: 'Revoke ci-deploy?' })
    .getByRole('button', { name: 'Revoke' })
    .click();
  await expect(keys.row('ci-deploy')).toContainText('Revoked');
  await expect(keys.row('ci-deploy').getByRole('link', { name: /Replaced by/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('Replace is refused, with the reason, where the matrix refuses it', async ({ page, openKeys }) => {
  const keys = await openKeys('viewer', TENANT_KEYS);
  let item = menuItem(await keys.openActions('ci-deploy'), 'Replace…');
  await expect(item).toBeDisabled();
  await expect(item).toContainText('Only tenant admins can create keys for other users');
  await page.keyboard.press('Escape');
  item = menuItem(await keys.openActions('grafana-reader'), 'Replace…');
  await expect(item).toBeEnabled();
});

test.describe('each step fails on its own, and the dialog says what exists', () => {
  test('limit reached: nothing can be made, the old key stands', async ({ page, openKeys }) => {
    const keys = await openKeys('user', MY_KEYS, { dataset: 'at-limit' });
    const replace = new ReplaceDialog(page, 'ci-deploy');
    await replace.open(keys);
    await expect(replace.form).toContainText(
      'You have reached the limit of 20 keys, so no new key was made. The old key ci-deploy is still active and works.',
    );
    await expect(replace.create).toBeDisabled();
  });

  test('name taken (409): on the name field, nothing made', async ({ page, openKeys }) => {
    const keys = await openKeys('user', MY_KEYS);
    const before = (await keysOf(page, PERSONAS.user.uid)).length;
    const replace = new ReplaceDialog(page, 'ci-deploy');
    await replace.open(keys);
    await fail(page, ['create-conflict']);
    await replace.create.click();
    await expect(replace.name).toHaveAttribute('aria-invalid', 'true');
    await expect(replace.name).toHaveAccessibleDescription(/^This user already has a key with this name/);
    await expect(replace.form).toContainText('No new key was made. The old key ci-deploy is still active');
    expect(await keysOf(page, PERSONAS.user.uid)).toHaveLength(before);
  });

  test('create never arrives: the list is checked, nothing was made, trying again is safe', async ({
    page,
    openKeys,
  }) => {
    const keys = await openKeys('user', MY_KEYS);
    const replace = new ReplaceDialog(page, 'ci-deploy');
    await replace.open(keys);
    await fail(page, ['create-unreached']);
    await replace.create.click();
    await expect(replace.form).toContainText('the list of keys holds no ci-deploy-2: no new key was made');
    await fail(page, []);
    await replace.createSuccessor();
    expect((await keysOf(page, PERSONAS.user.uid)).filter((k) => keyName(k) === 'ci-deploy-2')).toHaveLength(
      1,
    );
  });

  test('create made, answer lost: the key is found, no second create, the old key stands', async ({
    page,
    openKeys,
  }) => {
    const keys = await openKeys('user', MY_KEYS);
    const replace = new ReplaceDialog(page, 'ci-deploy');
    await replace.open(keys);
    await fail(page, ['create-no-answer']);
    await replace.create.click();
    await expect(replace.stuck).toContainText(
      "The new key ci-deploy-2 was made, but the server's answer was lost",
    );
    await expect(replace.stuck).toContainText('The old key ci-deploy is still active and works.');
    await expect(replace.stuck.getByRole('button')).toHaveText(['Close']);
    expect((await keysOf(page, PERSONAS.user.uid)).filter((k) => keyName(k) === 'ci-deploy-2')).toHaveLength(
      1,
    );
    expect(await serverSays(page, 'ci-deploy')).toBe(true);
    await replace.stuck.getByRole('button', { name: 'Close' }).click();
    await expect(keys.row('ci-deploy-2')).toBeVisible();
  });

  test('offline: neither the create nor the list answers, and the dialog says what to check', async ({
    page,
    openKeys,
  }) => {
    const keys = await openKeys('user', MY_KEYS);
    const replace = new ReplaceDialog(page, 'ci-deploy');
    await replace.open(keys);
    await fail(page, ['offline']);
    await replace.create.click();
    await expect(replace.form).toContainText('ci-deploy-2 may or may not have been made', {
      timeout: 20_000,
    });
    await expect(replace.form).toContainText('Look for ci-deploy-2 in the list before you try again');
  });

  test('revoke fails after the create: both keys stand, and the revoke can be tried again', async ({
    page,
    openKeys,
  }) => {
    const keys = await openKeys('user', MY_KEYS);
    const replace = new ReplaceDialog(page, 'ci-deploy');
    await replace.open(keys);
    await replace.createSuccessor();
    await replace.secretSeen();
    await fail(page, ['revoke']);
    await replace.revoke.click();
    await expect(replace.retire).toContainText(
      'Could not revoke ci-deploy: Could not revoke the API key. Your new key ci-deploy-2 exists and works. The old key ci-deploy is still active and works.',
    );
    expect(await serverSays(page, 'ci-deploy')).toBe(true);
    expect(await serverSays(page, 'ci-deploy-2')).toBe(true);
    await fail(page, []);
    await expect(replace.revoke).toHaveText('Try revoking again');
    await replace.revoke.click();
    await expect(notice(page, 'ci-deploy is revoked')).toBeVisible();
    expect(await serverSays(page, 'ci-deploy')).toBe(false);
  });
});

test('keyboard: the whole replace without a mouse, the focus moving with each step', async ({
  page,
  openKeys,
}) => {
  const keys = await openKeys('user', MY_KEYS);
  const replace = new ReplaceDialog(page, 'ci-deploy');
  await keys.actionsButton('ci-deploy').focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions for ci-deploy' });
  // The menu opens on its first item, View details; Replace… comes after Edit.
  await expect(menuItem(menu, 'View details')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Edit')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Replace…')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(replace.name).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(replace.secretView).toBeVisible();
  await expect(replace.secretView.getByRole('button', { name: 'Copy', exact: true })).toBeFocused();
  // Escape does not close the secret view.
  await page.keyboard.press('Escape');
  await expect(replace.secretView).toBeVisible();
  await replace.saved.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(replace.done).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(replace.keep).toBeFocused();
  // Escape after the secret keeps the old key: the choice that stops nothing.
  await page.keyboard.press('Escape');
  await expect(replace.retire).toBeHidden();
  // Back on the row's menu button; the rows are laid out by position, and the successor, sorted
  // first, may now sit in the row where the old key was.
  await expect(
    keys.table.getByRole('button', { name: /^Actions for ci-deploy/ }).and(page.locator(':focus')),
  ).toHaveCount(1);
  await expect(keys.row('ci-deploy').getByRole('link', { name: /Replaced by ci-deploy-2/ })).toBeVisible();
});
