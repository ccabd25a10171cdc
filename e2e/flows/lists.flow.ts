import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import { KeyTable } from '../pages/key-table';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { MY_KEYS, open, restPointer, TENANT_KEYS, url, type OpenAs } from './steps';
import { PERSONAS } from './catalog';

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'lists'>, persona: Persona) {
  const keys = new KeyTable(page);
  const listsAll = persona !== 'user';

  await flow.capture('my-keys', async () => {
    await open(openAs, persona, MY_KEYS);
    await keys.waitForRows();
  });
  if (listsAll)
    await flow.capture('tenant-keys', async () => {
      await open(openAs, persona, TENANT_KEYS);
      await keys.waitForRows();
    });
  await flow.capture('no-match', async () => {
    await keys.searchFor('no-such-key-anywhere');
    await expect(page.getByText('No keys match your filters')).toBeVisible();
  });
  await flow.capture('empty', async () => {
    await open(openAs, persona, MY_KEYS, { dataset: 'empty' });
    await expect(page.getByText('No API keys yet')).toBeVisible();
    await restPointer(page);
  });
  await flow.capture('at-limit', async () => {
    await open(openAs, persona, MY_KEYS, { dataset: 'at-limit' });
    await keys.waitForRows();
    await page.getByRole('button', { name: 'Add New API Key' }).first().hover();
    await expect(page.getByRole('tooltip')).toContainText('limit');
  });
  if (listsAll)
    await flow.capture('large', async () => {
      await open(openAs, persona, TENANT_KEYS, { dataset: 'large' });
      await keys.waitForRows();
      await restPointer(page);
    });
  await flow.capture('loading', async () => {
    await page.goto(url(persona, MY_KEYS, { params: { latency: '3000' } }));
    await expect(page.getByRole('status', { name: 'Loading API keys' })).toBeVisible({ timeout: 20_000 });
  });
}

for (const persona of PERSONAS)
  test(`key lists as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('lists', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
