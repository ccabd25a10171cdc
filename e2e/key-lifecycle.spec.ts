import { can, denialReason, type AccessLevel, type Capability, type Subject } from '../src/lib/authz';
import { PERSONAS } from '../src/mocks/personas';
import { appUrl, expect, expectNoAxeViolations, test, type Persona, type Theme } from './fixtures';
import {
  confirmDialog,
  CreateKeyDialog,
  EditKeyDialog,
  expectMenuItem,
  keyCount,
  menuItem,
  notice,
  runRowAction,
  tabTo,
  waitForStillness,
  type MenuItemState,
  type RowAction,
} from './pages/key-dialogs';
import { KeyTable } from './pages/key-table';
import {
  callApi,
  createBody,
  findKey,
  keyIsActive,
  keyName,
  keysOf,
  keyUid,
  listKeys,
  unchangedUpdateBody,
} from './pages/mock-api';
import { recordConsole, secretTraces } from './pages/secret-traces';
import type { Locator, Page } from '@playwright/test';
import type { V1ApiKey } from '../src/lib/api/palette';

const MY_KEYS = '/profile/api-keys';
const TENANT_KEYS = '/tenant-settings/api-keys';

const PERSONA_NAMES: Record<Persona, string> = { admin: 'Ava Admin', user: 'Uma User', viewer: 'Vic Viewer' };
const ACCESS: Record<Persona, AccessLevel> = {
  admin: 'tenant-admin',
  user: 'member',
  viewer: 'tenant-viewer',
};
const subject = (persona: Persona): Subject => ({ userUid: PERSONAS[persona].uid, access: ACCESS[persona] });
const PERSONA_LIST: Persona[] = ['admin', 'user', 'viewer'];

// Every test starts from a freshly seeded tenant in its own context, so the tests are independent.
// Whole flows with several axe scans: allow them more than the default 30 s on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

async function openMyKeys(page: Page, openAs: (p: Persona, path: string) => Promise<void>, persona: Persona) {
  await openAs(persona, MY_KEYS);
  const keys = new KeyTable(page);
  await keys.waitForRows();
  return keys;
}

test.describe('key lifecycle on My API Keys', () => {
  for (const persona of PERSONA_LIST) {
    test(`${persona}: create, copy, done, edit, revoke, undo, revoke, re-activate, delete`, async ({
      page,
      openAs,
      consoleErrors,
    }) => {
      const logs = recordConsole(page);
      const keys = await openMyKeys(page, openAs, persona);
      const create = new CreateKeyDialog(page);
      const edit = new EditKeyDialog(page);
      const me = PERSONAS[persona].uid;
      const before = (await keysOf(page, me)).length;
      await expect(keyCount(page)).toHaveText(`${before} of 20 keys`);
      // Survives only as long as the document does: proves the edit patches the row without a reload.
      await page.evaluate(() => Object.assign(window, { __e2eSameDocument: true }));
      const name = `lifecycle-${persona}`;
      const renamed = `${name}-renamed`;
      const row = keys.row(renamed);
      const serverSaysActive = async () => keyIsActive(await findKey(page, renamed));

      const secret = await test.step('create', async () => {
        await create.open();
        await expect(create.owner).toHaveCount(0);
        const shown = await create.createKey(name, { description: 'e2e lifecycle' });
        await expect(create.warning).toContainText('This key will not be shown again');
        await expect(create.warning).not.toContainText('Share it with');
        return shown;
      });

      await test.step('copy: the clipboard holds exactly the key shown', async () => {
        await create.copyAs('Environment', 'export line');
        await expect(create.announcement).toHaveText('Copied export line');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          `export SPECTROCLOUD_APIKEY=${secret}`,
        );
        await create.copyAs('curl', 'curl command');
        await expect(create.announcement).toHaveText('Copied curl command');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
          `curl -H "ApiKey: $SPECTROCLOUD_APIKEY" ${new URL(page.url()).origin}/v1/users/info`,
        );
        await create.copy.click();
        await expect(create.announcement).toHaveText('Copied');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
      });

      await test.step('done: then the secret is nowhere', async () => {
        // Escape does not close the secret view. The trace finder sees the secret while it is shown,
        // so its "nowhere" afterwards means something.
        await page.keyboard.press('Escape');
        await expect(create.secretView).toBeVisible();
        expect(await secretTraces(page, secret)).toContain('form field values');
        await create.finish();

        await expect(keys.row(name)).toBeVisible();
        await expect(keyCount(page)).toHaveText(`${before + 1} of 20 keys`);
        expect(await keysOf(page, me)).toHaveLength(before + 1);
        expect(await secretTraces(page, secret, await logs.lines()), 'places holding the secret').toEqual([]);
      });

      await test.step('edit: rename, and the row changes in place', async () => {
        expect((await keys.rowNames())[0]).toBe(name);
        await runRowAction(keys, name, 'Edit');
        await expect(edit.dialog).toBeVisible();
        await expect(edit.name).toHaveValue(name);
        await expect(edit.owner).toHaveValue(PERSONA_NAMES[persona]);
        await expect(edit.owner).toHaveAttribute('readonly', '');
        await expect(edit.dialog).toContainText('Keys cannot be reassigned');
        await edit.name.fill(renamed);
        await edit.save.click();
        await expect(edit.dialog).toBeHidden();
        await expect(notice(page, `Saved ${renamed}`)).toBeVisible();
        await expect(row).toBeVisible();
        await expect(keys.row(name)).toHaveCount(0);
        expect((await keys.rowNames())[0]).toBe(renamed);
        await expect(keyCount(page)).toHaveText(`${before + 1} of 20 keys`);
        expect(await page.evaluate(() => '__e2eSameDocument' in window)).toBe(true);
        expect(keyName(await findKey(page, renamed))).toBe(renamed);
      });

      const revoke = async () => {
        await runRowAction(keys, renamed, 'Revoke');
        const confirm = confirmDialog(page, 'Revoke', renamed);
        await expect(confirm).toContainText('Anything using this key stops working at once');
        await confirm.getByRole('button', { name: 'Revoke' }).click();
        await expect(confirm).toBeHidden();
        await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
        await expect.poll(serverSaysActive).toBe(false);
      };

      await test.step('revoke, then undo', async () => {
        await revoke();
        const revoked = notice(page, `Revoked ${renamed}`);
        await expect(revoked).toBeVisible();
        await revoked.getByRole('button', { name: 'Undo' }).click();
        await expect(notice(page, `Re-activated ${renamed}`)).toBeVisible();
        await expect(row.getByText('Active', { exact: true })).toBeVisible();
        await expect.poll(serverSaysActive).toBe(true);
      });

      await test.step('revoke, then re-activate without a confirmation', async () => {
        await revoke();
        await runRowAction(keys, renamed, 'Re-activate');
        await expect(page.getByRole('dialog')).toHaveCount(0);
        await expect(row.getByText('Active', { exact: true })).toBeVisible();
        await expect(notice(page, `Re-activated ${renamed}`)).toBeVisible();
        await expect.poll(serverSaysActive).toBe(true);
      });

      await test.step('delete: the confirmation says the key is active; the row goes', async () => {
        await runRowAction(keys, renamed, 'Delete');
        const confirm = confirmDialog(page, 'Delete', renamed);
        await expect(confirm.getByText(/^This key is still active\./)).toBeVisible();
        await confirm.getByRole('button', { name: 'Delete' }).click();
        await expect(confirm).toBeHidden();
        await expect(notice(page, `Deleted ${renamed}`)).toBeVisible();
        await expect(row).toHaveCount(0);
        await expect(keyCount(page)).toHaveText(`${before} of 20 keys`);
        expect((await keysOf(page, me)).map(keyName)).not.toContain(renamed);
      });

      expect(await secretTraces(page, secret, await logs.lines()), 'places holding the secret').toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }
});

test('an admin creates a key for Uma; as Uma in the same tab it is on My API Keys', async ({
  page,
  openAs,
  consoleErrors,
}) => {
  await openAs('admin', TENANT_KEYS);
  const keys = new KeyTable(page);
  await keys.waitForRows();
  const create = new CreateKeyDialog(page);

  await create.open();
  await expect(create.owner).toHaveValue('Ava Admin');
  await create.chooseOwner('uma', /^Uma User/);
  await expect(create.owner).toHaveValue('Uma User');
  await create.createKey('made-for-uma', { description: 'handed over by Ava' });
  await expect(create.warning).toContainText('Share it with Uma User through a secure channel');
  await create.finish();

  const row = keys.row('made-for-uma');
  await expect(row).toBeVisible();
  await expect(row.getByText('Uma User', { exact: true })).toBeVisible();

  // Same tab, another persona: the tab keeps its mock data.
  await page.goto(appUrl('user', MY_KEYS, { reset: false }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My API Keys');
  await expect(page.getByRole('banner')).toContainText('Uma User');
  await expect(keys.row('made-for-uma')).toBeVisible();
  await expect(keyCount(page)).toHaveText('5 of 20 keys');
  expect((await keysOf(page, PERSONAS.user.uid)).map(keyName)).toContain('made-for-uma');
  expect(consoleErrors).toEqual([]);
});

test('an admin extends a key named elsewhere: its name, outside our rules, is kept as it is', async ({
  page,
  openAs,
  consoleErrors,
}) => {
  // Made by an older Palette release: the emoji is not allowed in a new key's name.
  const legacy = '🚀 release-bot';
  await openAs('admin', TENANT_KEYS);
  const keys = new KeyTable(page);
  await keys.waitForRows();
  const edit = new EditKeyDialog(page);

  await runRowAction(keys, legacy, 'Edit');
  await expect(edit.dialog).toBeVisible();
  await expect(edit.name).toHaveValue(legacy);
  await edit.dialog.getByRole('radio', { name: '90 days' }).check();
  const start = Date.now();
  await edit.save.click();
  await expect(edit.dialog).toBeHidden();
  await expect(notice(page, `Saved ${legacy}`)).toBeVisible();
  await expect(keys.row(legacy)).toBeVisible();

  const stored = await findKey(page, legacy);
  expect(keyName(stored)).toBe(legacy);
  expect(Date.parse(stored.spec?.expiry ?? '')).toBeGreaterThanOrEqual(start + 90 * 86_400_000 - 60_000);
  expect(consoleErrors).toEqual([]);
});

// --- Authorization, driven by the matrix -------------------------------------------------------

interface MatrixCase {
  /** The page where the persona sees the key, when they may see it at all. */
  path: string;
  own: { active: string; revoked: string };
  other: { active: string; revoked: string };
}

/** A revoked, unexpired key of Vic's, made in the setup: the seed has none. */
const VIC_REVOKED = 'vic-revoked';

const MATRIX_CASES: Record<Persona, MatrixCase> = {
  admin: {
    path: TENANT_KEYS,
    own: { active: 'terraform-prod', revoked: 'old-laptop' },
    other: { active: 'ci-deploy', revoked: 'shared-demo' },
  },
  viewer: {
    path: TENANT_KEYS,
    own: { active: 'grafana-reader', revoked: VIC_REVOKED },
    other: { active: 'ci-deploy', revoked: 'old-laptop' },
  },
  user: {
    path: MY_KEYS,
    own: { active: 'ci-deploy', revoked: 'shared-demo' },
    other: { active: 'terraform-prod', revoked: 'old-laptop' },
  },
};

/** What can() expects of a row menu item: enabled, or disabled with the matrix's reason. */
function expectedItem(persona: Persona, capability: Capability, key: V1ApiKey): MenuItemState {
  const ref = { ownerUid: key.spec?.user?.uid ?? '' };
  return can(subject(persona), capability, ref)
    ? { enabled: true }
    : { enabled: false, reason: denialReason(subject(persona), capability, ref) ?? '' };
}

function expectedStatus(persona: Persona, capability: Capability, key: V1ApiKey): number {
  return can(subject(persona), capability, { ownerUid: key.spec?.user?.uid ?? '' }) ? 204 : 403;
}

/**
 * The row menu of `key` as `persona` sees it: each action enabled or disabled with the reason, as
 * can() says; or, when the persona may not list the key, no row and no such key in the API's list.
 */
async function checkMenu(page: Page, persona: Persona, key: V1ApiKey): Promise<string> {
  const keys = new KeyTable(page);
  const name = keyName(key);
  const visible = (await listKeys(page)).some((k) => keyUid(k) === keyUid(key));
  const ref = { ownerUid: key.spec?.user?.uid ?? '' };
  const mayList =
    can(subject(persona), 'apiKey.listAll') ||
    (ref.ownerUid === PERSONAS[persona].uid && can(subject(persona), 'apiKey.listOwn', ref));
  expect(visible, `${persona} lists ${name}`).toBe(mayList);
  if (!visible) {
    await expect(keys.row(name), `no row for ${name}`).toHaveCount(0);
    return `${name}: absent`;
  }
  const menu = await keys.openActions(name);
  const stateAction: RowAction = keyIsActive(key) ? 'Revoke' : 'Re-activate';
  await expectMenuItem(menu, 'Edit', expectedItem(persona, 'apiKey.update', key));
  await expectMenuItem(menu, stateAction, expectedItem(persona, 'apiKey.changeState', key));
  await expectMenuItem(menu, 'Delete', expectedItem(persona, 'apiKey.delete', key));
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  return `${name}: menu checked`;
}

/**
 * Calls edit, state change and delete on `key` directly, as `persona`: 204 where can() allows,
 * 403 (Forbidden) where it does not. An allowed state change is undone at once; delete comes last.
 */
async function checkApi(page: Page, persona: Persona, key: V1ApiKey): Promise<void> {
  const uid = keyUid(key);
  const name = keyName(key);
  const expectAnswer = async (
    what: string,
    capability: Capability,
    call: Promise<{ status: number; body: unknown }>,
  ) => {
    const answer = await call;
    const expected = expectedStatus(persona, capability, key);
    expect(answer.status, `${persona}: ${what} ${name}`).toBe(expected);
    if (expected === 403) expect(answer.body).toMatchObject({ code: 'Forbidden' });
    return answer.status;
  };

  await expectAnswer(
    'PUT /v1/apiKeys/{uid}',
    'apiKey.update',
    callApi(page, 'PUT', `/v1/apiKeys/${uid}`, unchangedUpdateBody(key)),
  );
  const active = keyIsActive(key);
  const flipped = await expectAnswer(
    'PUT /v1/apiKeys/{uid}/state',
    'apiKey.changeState',
    callApi(page, 'PUT', `/v1/apiKeys/${uid}/state`, { isActive: !active }),
  );
  if (flipped === 204) {
    const restored = await callApi(page, 'PUT', `/v1/apiKeys/${uid}/state`, { isActive: active });
    expect(restored.status, `restore the state of ${name}`).toBe(204);
  }
  await expectAnswer(
    'DELETE /v1/apiKeys/{uid}',
    'apiKey.delete',
    callApi(page, 'DELETE', `/v1/apiKeys/${uid}`),
  );
}

/**
 * Seeds the tab as the admin (who may do everything): Vic's revoked key, then reads every key of
 * the tenant, so that the persona under test can address keys it cannot list.
 */
async function prepareTenant(
  page: Page,
  openAs: (p: Persona, path: string) => Promise<void>,
): Promise<Map<string, V1ApiKey>> {
  await openAs('admin', TENANT_KEYS);
  const made = await callApi<{ uid: string }>(
    page,
    'POST',
    '/v1/apiKeys',
    createBody(VIC_REVOKED, { userUid: PERSONAS.viewer.uid }),
  );
  expect(made.status).toBe(201);
  const revoked = await callApi(page, 'PUT', `/v1/apiKeys/${made.body?.uid}/state`, { isActive: false });
  expect(revoked.status).toBe(204);
  return new Map((await listKeys(page)).map((key) => [keyName(key), key]));
}

/** After the calls, as the admin: every key the persona was refused is still there, unchanged. */
async function expectUntouched(page: Page, persona: Persona, checked: V1ApiKey[]): Promise<void> {
  await page.goto(appUrl('admin', TENANT_KEYS, { reset: false }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('API Keys');
  const now = new Map((await listKeys(page)).map((key) => [keyUid(key), key]));
  for (const key of checked) {
    const deletable = can(subject(persona), 'apiKey.delete', { ownerUid: key.spec?.user?.uid ?? '' });
    const after = now.get(keyUid(key));
    expect(after === undefined, `${keyName(key)} deleted`).toBe(deletable);
    expect(
      after === undefined || (keyName(after) === keyName(key) && keyIsActive(after) === keyIsActive(key)),
    ).toBe(true);
  }
}

/** A user of the tenant who is none of the personas (seeded as Noah Nguyen). */
const NOAH = '6540a1f0c0ffee0000000004';

/** What can() says of creating a key for someone else, as the persona's page and the API show it. */
function createForOthersExpectation(persona: Persona) {
  const allowed = can(subject(persona), 'apiKey.createForOthers');
  const path = MATRIX_CASES[persona].path;
  return {
    path,
    // "User Name" lives on the tenant page only; on My API Keys a key is always one's own.
    ownerFields: allowed && path === TENANT_KEYS ? 1 : 0,
    status: allowed ? 201 : 403,
    body: allowed ? { uid: expect.any(String) } : { code: 'Forbidden' },
  };
}

test.describe('authorization follows the matrix (UI and API)', () => {
  for (const persona of PERSONA_LIST) {
    for (const whose of ['own', 'other'] as const) {
      test(`${persona} on ${whose === 'own' ? 'an own key' : "another user's key"}`, async ({
        page,
        openAs,
      }) => {
        const tenant = await prepareTenant(page, openAs);
        const names = MATRIX_CASES[persona][whose];
        const targets = [names.active, names.revoked].map((name) => tenant.get(name) as V1ApiKey);
        expect(targets.every(Boolean), `keys ${JSON.stringify(names)} exist`).toBe(true);
        expect(targets.map((key) => key.spec?.user?.uid === PERSONAS[persona].uid)).toEqual([
          whose === 'own',
          whose === 'own',
        ]);

        await page.goto(appUrl(persona, MATRIX_CASES[persona].path, { reset: false }));
        await new KeyTable(page).waitForRows();
        await expect(page.getByRole('banner')).toContainText(PERSONA_NAMES[persona]);

        // The UI first (nothing has changed yet), then the API.
        const seen: string[] = [];
        for (const key of targets) seen.push(await checkMenu(page, persona, key));
        expect(seen).toHaveLength(2);
        for (const key of targets) await checkApi(page, persona, key);
        await expectUntouched(page, persona, targets);
      });
    }

    test(`${persona}: creating a key for another user`, async ({ page, openAs }) => {
      const expected = createForOthersExpectation(persona);
      await openAs(persona, expected.path);
      await new KeyTable(page).waitForRows();

      // The UI: "User Name" is offered (on the tenant page) exactly when the matrix allows.
      const create = new CreateKeyDialog(page);
      await create.open();
      await expect(create.owner).toHaveCount(expected.ownerFields);
      await create.cancel.click();
      await expect(create.form).toBeHidden();

      // The API: a key for Noah Nguyen (no persona) is made only by whom the matrix allows.
      const answer = await callApi(
        page,
        'POST',
        '/v1/apiKeys',
        createBody('made-for-noah', { userUid: NOAH }),
      );
      expect(answer.status).toBe(expected.status);
      expect(answer.body).toMatchObject(expected.body);
    });
  }
});

// --- Bad input ---------------------------------------------------------------------------------

const NAME_RULE = 'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit';

/** Adds `days` to a `YYYY-MM-DD` date (calendar arithmetic, no time zone involved). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test.describe('bad input', () => {
  test('every bad value gets its message on its field, and nothing is created', async ({
    page,
    openAs,
    consoleErrors,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await openMyKeys(page, openAs, 'user');
    const uma = PERSONAS.user.uid;
    const count = (await keysOf(page, uma)).length;
    const create = new CreateKeyDialog(page);
    await create.open();

    const markup = '<img src=x onerror="window.__e2eInjected=1">';
    const names: [string, string, string][] = [
      ['empty', '', 'Enter a name for the key'],
      ['whitespace only', '   \t ', 'Enter a name for the key'],
      ['65 characters', `k${'e'.repeat(63)}y`, 'Use at most 64 characters'],
      ['a character outside the set', 'deploy/prod', NAME_RULE],
      ['a leading dash', '-deploy', NAME_RULE],
      ['markup', markup, NAME_RULE],
      ['a duplicate in another case', 'CI-DEPLOY', 'This user already has a key with this name'],
      ['a duplicate with spaces around', '  Local-Dev ', 'This user already has a key with this name'],
    ];
    for (const [what, value, message] of names) {
      await test.step(`name: ${what}`, async () => {
        await create.name.fill(value);
        await create.generate.click();
        await create.expectFieldError(create.name, message);
        await expect(create.name).toHaveValue(value);
        await expect(create.form).toBeVisible();
        expect(await keysOf(page, uma)).toHaveLength(count);
      });
    }
    // The markup stayed text.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => '__e2eInjected' in window)).toBe(false);

    // Custom dates: the field offers tomorrow to one year ahead; a typed date outside is refused.
    await create.name.fill('dated-key');
    await create.expiryOption('Custom').check();
    const tomorrow = await page.evaluate(() => {
      const d = new Date();
      const t = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12);
      return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
    });
    await expect(create.customDate).toHaveAttribute('min', tomorrow);
    const max = (await create.customDate.getAttribute('max')) ?? '';
    expect(max >= addDays(tomorrow, 363) && max <= addDays(tomorrow, 365), `max ${max}`).toBe(true);
    const dates: [string, string, string][] = [
      ['today', addDays(tomorrow, -1), 'Choose a date from tomorrow on'],
      ['last year', addDays(tomorrow, -400), 'Choose a date from tomorrow on'],
      ['a day past the maximum', addDays(max, 1), 'Choose a date at most one year ahead'],
      ['two years ahead', addDays(tomorrow, 730), 'Choose a date at most one year ahead'],
    ];
    for (const [what, value, message] of dates) {
      await test.step(`custom date: ${what}`, async () => {
        await create.customDate.fill(value);
        await create.generate.click();
        await create.expectFieldError(create.customDate, message);
        await expect(create.customDate).toHaveValue(value);
        await expect(create.name).not.toHaveAttribute('aria-invalid', 'true');
        expect(await keysOf(page, uma)).toHaveLength(count);
      });
    }

    await create.cancel.click();
    await expect(create.form).toBeHidden();
    expect(await keysOf(page, uma)).toHaveLength(count);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('a double click on Generate creates one key', async ({ page, openAs }) => {
    await openMyKeys(page, openAs, 'user');
    const uma = PERSONAS.user.uid;
    const count = (await keysOf(page, uma)).length;
    const create = new CreateKeyDialog(page);

    await create.open();
    await create.name.fill('double-click');
    await create.generate.dblclick();
    await create.waitForSecret();
    await create.finish();
    expect((await keysOf(page, uma)).map(keyName).filter((n) => n === 'double-click')).toHaveLength(1);
    expect(await keysOf(page, uma)).toHaveLength(count + 1);

    // Two clicks in the same task, before React can disable the button.
    await create.open();
    await create.name.fill('same-tick');
    await create.generate.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await create.waitForSecret();
    await create.finish();
    expect(await keysOf(page, uma)).toHaveLength(count + 2);
    await expect(keyCount(page)).toHaveText(`${count + 2} of 20 keys`);
  });

  test('a failing create keeps the form filled and shows the error', async ({ page, openAs }) => {
    await openMyKeys(page, openAs, 'user');
    const uma = PERSONAS.user.uid;
    const count = (await keysOf(page, uma)).length;
    const create = new CreateKeyDialog(page);

    await page.evaluate(() => window.paletteMock?.setScenario({ failures: ['create'] }));
    await create.open();
    await create.name.fill('nightly-backup');
    await create.description.fill('Backs up the cluster profiles');
    await create.expiryOption('60 days').check();
    await create.generate.click();

    await expect(create.problem).toContainText('Could not create the API key');
    await expect(create.problem).toContainText(/Reference: mock-\S+/);
    await expect(create.name).toHaveValue('nightly-backup');
    await expect(create.description).toHaveValue('Backs up the cluster profiles');
    await expect(create.expiryOption('60 days')).toBeChecked();
    await expect(create.generate).toBeEnabled();
    expect(await keysOf(page, uma)).toHaveLength(count);

    // Once the service is back, the same form goes through.
    await page.evaluate(() => window.paletteMock?.setScenario({ failures: [] }));
    await create.generate.click();
    await create.waitForSecret();
    await create.finish();
    expect(await keysOf(page, uma)).toHaveLength(count + 1);
  });
});

// --- Accessibility of the dialogs --------------------------------------------------------------

async function axeOnDialog(page: Page, dialog: Locator, theme: Theme): Promise<void> {
  await expect(dialog).toBeVisible();
  await waitForStillness(page);
  await expectNoAxeViolations(page, { theme });
  await expect(dialog).toBeVisible();
}

const ROW_DIALOGS: {
  title: string;
  action: RowAction;
  dialog: (page: Page) => Locator;
  says: string;
  destructive: boolean;
}[] = [
  {
    title: 'edit dialog',
    action: 'Edit',
    dialog: (page) => new EditKeyDialog(page).dialog,
    says: 'Keys cannot be reassigned',
    destructive: false,
  },
  {
    title: 'revoke confirmation',
    action: 'Revoke',
    dialog: (page) => confirmDialog(page, 'Revoke', 'ci-deploy'),
    says: 'Anything using this key stops working at once',
    destructive: true,
  },
  {
    title: 'delete confirmation',
    action: 'Delete',
    dialog: (page) => confirmDialog(page, 'Delete', 'ci-deploy'),
    says: 'This key is still active.',
    destructive: true,
  },
];

test.describe('accessibility of the dialogs (axe, WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark'] satisfies Theme[]) {
    test(`create form, its errors and the secret view, ${theme} theme`, async ({ page, openAs }) => {
      await page.emulateMedia({ colorScheme: theme });
      // The tenant page as the admin: the form has every field, "User Name" included.
      await openAs('admin', TENANT_KEYS);
      await new KeyTable(page).waitForRows();
      const create = new CreateKeyDialog(page);

      await create.open();
      await axeOnDialog(page, create.form, theme);

      await create.expiryOption('Custom').check();
      await create.customDate.fill('2000-01-01');
      await create.generate.click();
      await create.expectFieldError(create.name, 'Enter a name for the key');
      await create.expectFieldError(create.customDate, 'Choose a date from tomorrow on');
      await axeOnDialog(page, create.form, theme);

      await create.expiryOption('30 days').check();
      await create.createKey('axe-check');
      await create.copy.click();
      await expect(create.announcement).toHaveText('Copied');
      await axeOnDialog(page, create.secretView, theme);
      await create.finish();
    });

    for (const target of ROW_DIALOGS) {
      test(`${target.title}, ${theme} theme`, async ({ page, openAs }) => {
        await page.emulateMedia({ colorScheme: theme });
        const keys = await openMyKeys(page, openAs, 'user');
        await runRowAction(keys, 'ci-deploy', target.action);
        const dialog = target.dialog(page);
        await expect(dialog).toContainText(target.says);
        await axeOnDialog(page, dialog, theme);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog).toBeHidden();
      });
    }
  }
});

// --- Keyboard ----------------------------------------------------------------------------------

test('keyboard: Add New API Key and the row menu work without a mouse', async ({ page, openAs }) => {
  const keys = await openMyKeys(page, openAs, 'user');
  const create = new CreateKeyDialog(page);

  // Tab to the button, Enter: the dialog opens with the focus on its first field.
  await tabTo(page, create.button);
  await page.keyboard.press('Enter');
  await expect(create.form).toBeVisible();
  await expect(create.name).toBeFocused();

  // Cancel by keyboard: the focus goes back to the button.
  await tabTo(page, create.cancel);
  await page.keyboard.press('Enter');
  await expect(create.form).toBeHidden();
  await expect(create.button).toBeFocused();

  // The row menu: Enter opens it on its first item; the arrows walk the items and wrap around.
  const actions = keys.actionsButton('ci-deploy');
  await tabTo(page, actions);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions for ci-deploy' });
  await expect(menu).toBeVisible();
  await expect(menuItem(menu, 'Edit')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Revoke')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Delete')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Edit')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menuItem(menu, 'Delete')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Edit')).toBeFocused();

  // Enter on an item opens its dialog, with the focus inside; closing it returns the focus to the
  // row's button.
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  const edit = new EditKeyDialog(page);
  await expect(edit.dialog).toBeVisible();
  await expect(edit.name).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(edit.dialog).toBeHidden();
  await expect(actions).toBeFocused();

  // Escape closes the menu and returns the focus to its button too.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').and(page.locator(':focus'))).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();
});
