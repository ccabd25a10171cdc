import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import { KeyPage } from '../pages/key-page';
import { KeyTable } from '../pages/key-table';
import { PERSONAS } from './catalog';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { MY_KEYS, open, OWN_KEY, restPointer, TENANT_KEYS, type OpenAs } from './steps';

/** Opens a key's page from the link on its name in the table at `path`. */
async function openKeyPage(page: Page, openAs: OpenAs, persona: Persona, path: string, name: string, params = {}) {
  await open(openAs, persona, path, { params: { q: name, ...params } });
  const keys = new KeyTable(page);
  await keys.waitForRows();
  // The first match: the at-limit dataset names the automation keys of each persona alike.
  await keys.table.getByRole('link', { name, exact: true }).first().click();
  const keyPage = new KeyPage(page);
  await expect(keyPage.heading).toHaveText(name);
  return keyPage;
}

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'details'>, persona: Persona) {
  const tenant = persona !== 'user';

  const keyPage = await openKeyPage(page, openAs, persona, MY_KEYS, OWN_KEY[persona]);
  await flow.capture('page', async () => {
    await expect(keyPage.field("Owner's state")).toHaveText('Active');
    await expect(keyPage.history.getByText(/./).first()).toBeVisible();
    await restPointer(page);
  });

  if (tenant)
    await flow.capture('history', async () => {
      const shared = await openKeyPage(page, openAs, persona, TENANT_KEYS, 'shared-demo');
      await expect(shared.historyList.getByRole('listitem')).toHaveCount(3);
      await shared.history.scrollIntoViewIfNeeded();
      await restPointer(page);
    });
  else
    await flow.capture('history-forbidden', async () => {
      await expect(keyPage.history).toContainText("You can't see this key's history");
      await keyPage.history.scrollIntoViewIfNeeded();
      await restPointer(page);
    });

  if (tenant) {
    await flow.capture('history-empty', async () => {
      const empty = await openKeyPage(page, openAs, persona, TENANT_KEYS, 'automation-20', {
        dataset: 'at-limit',
      });
      await expect(empty.history).toContainText('Palette has recorded no history for this key.');
      await empty.history.scrollIntoViewIfNeeded();
      await restPointer(page);
    });
    await flow.capture('former-owner-column', async () => {
      await open(openAs, persona, TENANT_KEYS, { params: { q: 'contractor' } });
      const owner = new KeyTable(page).row('contractor-import').getByText('Former user', { exact: true });
      await owner.focus();
      await expect(page.getByRole('tooltip')).toContainText('User ');
    });
    await flow.capture('former-owner', async () => {
      const former = await openKeyPage(page, openAs, persona, TENANT_KEYS, 'contractor-import');
      await expect(former.field("Owner's state")).toHaveText('No longer in the tenant');
      await restPointer(page);
    });
  }

  if (tenant)
    await flow.capture('history-failed', async () => {
      const failed = await openKeyPage(page, openAs, persona, MY_KEYS, OWN_KEY[persona], { fail: 'history' });
      await expect(failed.history.getByRole('alert')).toContainText('Could not load the history');
      await failed.history.scrollIntoViewIfNeeded();
      await restPointer(page);
    });

  await flow.capture('not-found', async () => {
    await open(openAs, persona, `${tenant ? TENANT_KEYS : MY_KEYS}/6541b2e0d00d0000000fffff`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API key not found');
    await restPointer(page);
  });
}

for (const persona of PERSONAS)
  test(`a key's own page as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('details', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
