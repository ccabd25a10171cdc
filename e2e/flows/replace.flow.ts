import type { Page } from '@playwright/test';
import type { FailureId } from '../../src/mocks/scenario';
import type { Persona } from '../fixtures';
import { menuItem } from '../pages/key-dialogs';
import { KeyTable } from '../pages/key-table';
import { ReplaceDialog } from '../pages/replace-dialog';
import { PERSONAS } from './catalog';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { MY_KEYS, open, OWN_KEY, restPointer, TENANT_KEYS, type OpenAs } from './steps';

const fail = (page: Page, failures: FailureId[]) =>
  page.evaluate((list) => window.paletteMock?.setScenario({ failures: list }), failures);

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'replace'>, persona: Persona) {
  const own = OWN_KEY[persona];
  const keys = new KeyTable(page);
  const replace = new ReplaceDialog(page, own);
  /** A fresh tenant, the replace of the persona's own key open on its form. */
  const openForm = async (failures: FailureId[] = []) => {
    await open(openAs, persona, MY_KEYS);
    await keys.waitForRows();
    await replace.open(keys);
    await fail(page, failures);
  };
  const createShowing = async (text: string, timeout = 10_000) => {
    await replace.create.click();
    await expect(page.getByRole('dialog')).toContainText(text, { timeout });
    await restPointer(page);
  };

  await flow.capture('menu', async () => {
    await open(openAs, persona, MY_KEYS);
    await keys.waitForRows();
    const menu = await keys.openActions(own);
    await expect(menuItem(menu, 'Replace…')).toBeEnabled();
    await menuItem(menu, 'Replace…').hover();
  });
  await flow.capture('form', async () => {
    await page.keyboard.press('Escape');
    await replace.open(keys);
    await restPointer(page);
  });
  await flow.capture('name-taken', async () => {
    await fail(page, ['create-conflict']);
    await createShowing('Choose another name for the new key');
  });
  await flow.capture('create-failed', async () => {
    await fail(page, ['create']);
    await createShowing('Could not create the new key');
  });
  await flow.capture('create-unreached', async () => {
    await openForm(['create-unreached']);
    await createShowing('no new key was made');
  });
  await flow.capture('offline', async () => {
    await openForm(['offline']);
    await createShowing('may or may not have been made', 30_000);
  });
  await flow.capture('create-lost', async () => {
    await openForm(['create-no-answer']);
    await replace.create.click();
    await expect(replace.stuck).toBeVisible();
    await restPointer(page);
  });
  await flow.capture('at-limit', async () => {
    await open(openAs, persona, MY_KEYS, { dataset: 'at-limit' });
    await keys.waitForRows();
    await replace.open(keys);
    await expect(replace.create).toBeDisabled();
    await restPointer(page);
  });

  await flow.capture('secret', async () => {
    await openForm();
    await replace.createSuccessor();
    await restPointer(page);
  });
  await flow.capture('retire', async () => {
    await replace.secretSeen();
    await restPointer(page);
  });
  await flow.capture('revoke-failed', async () => {
    await fail(page, ['revoke']);
    await replace.revoke.click();
    await expect(replace.retire).toContainText(`Could not revoke ${own}`);
    await restPointer(page);
  });
  await flow.capture('revoked', async () => {
    await fail(page, []);
    await replace.revoke.click();
    await expect(replace.retire).toBeHidden();
    await expect(keys.row(own)).toContainText('Revoked');
    await restPointer(page);
  });
  await flow.capture('kept', async () => {
    await openForm();
    await replace.createSuccessor();
    await replace.secretSeen();
    await replace.keep.click();
    await expect(replace.retire).toBeHidden();
    await expect(keys.row(own).getByRole('link', { name: /Replaced by/ })).toBeVisible();
    await restPointer(page);
  });

  if (persona === 'admin') {
    const other = new ReplaceDialog(page, 'ci-deploy');
    await flow.capture('other-form', async () => {
      await open(openAs, persona, TENANT_KEYS);
      await keys.waitForRows();
      await other.open(keys);
      await restPointer(page);
    });
    await flow.capture('other-secret', async () => {
      await other.createSuccessor();
      await restPointer(page);
    });
  }

  if (persona === 'viewer')
    await flow.capture('denied', async () => {
      await open(openAs, persona, TENANT_KEYS);
      await keys.waitForRows();
      const menu = await keys.openActions('ci-deploy');
      await expect(menuItem(menu, 'Replace…')).toBeDisabled();
      await restPointer(page);
    });
}

for (const persona of PERSONAS)
  test(`replace a key as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('replace', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
