import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import { confirmDialog, CreateKeyDialog, EditKeyDialog, notice } from '../pages/key-dialogs';
import { PERSONAS } from './catalog';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { MY_KEYS, open, OWN_KEY, TENANT_KEYS, type OpenAs } from './steps';

test.use({ viewport: { width: 390, height: 844 } });

const cards = (page: Page) => page.getByRole('list', { name: 'API keys' });
const actionsOf = (page: Page, name: string) =>
  page.getByRole('button', { name: `Actions for ${name}`, exact: true });

/** Opens the actions menu of `name` and picks the item starting with `action`. */
async function rowAction(page: Page, name: string, action: string): Promise<void> {
  await actionsOf(page, name).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${action}`) }).click();
}

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'phone'>, persona: Persona) {
  const own = OWN_KEY[persona];
  const listsAll = persona !== 'user';

  await flow.capture('my-keys', async () => {
    await open(openAs, persona, MY_KEYS);
    await expect(cards(page).getByRole('listitem').first()).toBeVisible();
  });
  await flow.capture('row-menu', async () => {
    await actionsOf(page, own).click();
    await expect(page.getByRole('menu')).toBeVisible();
  });
  await page.keyboard.press('Escape');

  if (listsAll) {
    await flow.capture('tenant-overview', async () => {
      await open(openAs, persona, TENANT_KEYS);
      await expect(page.getByRole('group', { name: 'Expiring per week' })).toBeVisible();
    });
    await flow.capture('tenant-cards', async () => {
      await expect(cards(page).getByRole('listitem').first()).toBeVisible();
      const select = cards(page).getByRole('checkbox', { name: 'Select ci-deploy' });
      if (persona === 'admin') await select.check();
      await page.getByRole('combobox', { name: 'Sort by' }).scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -90));
    });
  }

  await flow.capture('page-end', async () => {
    await open(openAs, persona, listsAll ? TENANT_KEYS : MY_KEYS);
    await expect(cards(page).getByRole('listitem').first()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement?.scrollHeight ?? 0));
  });

  await open(openAs, persona, MY_KEYS);
  await expect(cards(page).getByRole('listitem').first()).toBeVisible();
  const create = new CreateKeyDialog(page);
  await flow.capture('create', async () => {
    await create.open();
  });
  await flow.capture('secret', async () => {
    await create.createKey('phone-key', { description: 'Made on a phone' });
    await create.secretView.getByRole('group', { name: 'Copy as' }).getByRole('button', { name: 'curl' }).click();
  });
  await create.finish();

  await flow.capture('edit', async () => {
    await rowAction(page, own, 'Edit');
    await expect(new EditKeyDialog(page).dialog).toBeVisible();
  });
  await new EditKeyDialog(page).cancel.click();

  const revoke = confirmDialog(page, 'Revoke', own);
  await flow.capture('revoke-confirm', async () => {
    await rowAction(page, own, 'Revoke');
    await expect(revoke).toBeVisible();
  });
  await flow.capture('revoked', async () => {
    await revoke.getByRole('button', { name: 'Revoke' }).click();
    await expect(notice(page, `Revoked ${own}`)).toBeVisible();
  });

  if (persona === 'admin')
    await flow.capture('bulk-confirm', async () => {
      await open(openAs, persona, TENANT_KEYS);
      await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check();
      await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByRole('dialog', { name: /^Delete \d+ keys\?$/ })).toBeVisible();
    });
}

for (const persona of PERSONAS)
  test(`on a phone as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('phone', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
