import type { Page } from '@playwright/test';
import type { V1ApiKey } from '../src/lib/api/palette';
import { can, denialReason, type AccessLevel, type Capability, type Subject } from '../src/lib/authz';
import { PERSONAS } from '../src/mocks/personas';
import {
  appUrl,
  expect,
  MY_KEYS,
  PERSONA_LIST,
  PERSONA_NAMES,
  TENANT_KEYS,
  test,
  type Persona,
} from './fixtures';
import { CreateKeyDialog, expectMenuItem, type MenuItemState, type RowAction } from './pages/key-dialogs';
import { KeyTable } from './pages/key-table';
import {
  callApi,
  createBody,
  keyIsActive,
  keyName,
  keyUid,
  listKeys,
  unchangedUpdateBody,
} from './pages/mock-api';

const ACCESS: Record<Persona, AccessLevel> = {
  admin: 'tenant-admin',
  user: 'member',
  viewer: 'tenant-viewer',
};
const subject = (persona: Persona): Subject => ({ userUid: PERSONAS[persona].uid, access: ACCESS[persona] });

// Every test starts from a freshly seeded tenant in its own context, so the tests are independent.
// Whole flows: allow them more than the default 30 s on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

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

/**
 * A key the persona may not even see answers 404, as one that does not exist (a 403 would tell which
 * uids are real); one they see but may not change answers 403.
 */
function expectedStatus(persona: Persona, capability: Capability, key: V1ApiKey): number {
  const ownerUid = key.spec?.user?.uid ?? '';
  const sees = ownerUid === PERSONAS[persona].uid || can(subject(persona), 'apiKey.listAll');
  if (!sees) return 404;
  return can(subject(persona), capability, { ownerUid }) ? 204 : 403;
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
    if (expected === 404) expect(answer.body).toMatchObject({ code: 'ResourceNotFound' });
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

    test(`${persona}: creating a key for another user`, async ({ page, openKeys }) => {
      const expected = createForOthersExpectation(persona);
      await openKeys(persona, expected.path);

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
