import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import { KeyTable } from '../pages/key-table';
import { PERSONAS } from './catalog';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { MY_KEYS, open, OWN_KEY, OWN_REVOKED_KEY, restPointer, TENANT_KEYS, type OpenAs } from './steps';

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'lifecycle'>, persona: Persona) {
  const keys = new KeyTable(page);
  const own = OWN_KEY[persona];
  const notice = page.getByRole('alert').filter({ hasText: own });

  if (persona === 'viewer')
    await flow.capture('row-menu-denied', async () => {
      await open(openAs, persona, TENANT_KEYS);
      await keys.waitForRows();
      await keys.openActions('ci-deploy');
    });

  await open(openAs, persona, MY_KEYS);
  await keys.waitForRows();
  await flow.capture('row-menu', async () => {
    await keys.openActions(own);
  });

  await page.getByRole('menuitem', { name: /^Edit/ }).click();
  const edit = page.getByRole('dialog', { name: 'Edit API Key' });
  await flow.capture('edit', async () => {
    await expect(edit).toBeVisible();
    await restPointer(page);
  });
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await expect(edit).toBeHidden();

  await flow.capture('delete-confirm', async () => {
    const menu = await keys.openActions(own);
    await menu.getByRole('menuitem', { name: /^Delete/ }).click();
    await expect(page.getByRole('dialog', { name: `Delete ${own}?` })).toContainText('still active');
    await restPointer(page);
  });
  await page.getByRole('dialog', { name: `Delete ${own}?` }).getByRole('button', { name: 'Cancel' }).click();

  await flow.capture('revoke-confirm', async () => {
    const menu = await keys.openActions(own);
    await menu.getByRole('menuitem', { name: /^Revoke/ }).click();
    await expect(page.getByRole('dialog', { name: `Revoke ${own}?` })).toBeVisible();
    await restPointer(page);
  });
  await flow.capture('revoked', async () => {
    await page
      .getByRole('dialog', { name: `Revoke ${own}?` })
      .getByRole('button', { name: 'Revoke', exact: true })
      .click();
    await expect(notice).toContainText(`Revoked ${own}`);
    await expect(notice.getByRole('button', { name: 'Undo' })).toBeVisible();
  });

  const revoked = OWN_REVOKED_KEY[persona];
  if (revoked)
    await flow.capture('reactivated', async () => {
      const menu = await keys.openActions(revoked);
      await menu.getByRole('menuitem', { name: /^Re-activate/ }).click();
      await expect(page.getByRole('alert').filter({ hasText: `Re-activated ${revoked}` })).toBeVisible();
      await restPointer(page);
    });
}

for (const persona of PERSONAS)
  test(`edit, revoke, re-activate and delete as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('lifecycle', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
