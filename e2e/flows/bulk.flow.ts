import type { Page } from '@playwright/test';
import { KeyTable } from '../pages/key-table';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { open, OWN_KEY, restPointer, TENANT_KEYS, type OpenAs } from './steps';

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'bulk'>) {
  const keys = new KeyTable(page);
  await open(openAs, 'admin', TENANT_KEYS, { params: { latency: '400' } });
  await keys.waitForRows();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await flow.capture('selected', async () => {
    // Three keys that are active in the typical dataset, so that all three can be revoked.
    for (const name of Object.values(OWN_KEY)) await keys.row(name).getByRole('checkbox').check();
    await expect(bar.getByRole('status')).toContainText('3 keys selected');
    await restPointer(page);
  });
  await flow.capture('progress', async () => {
    await bar.getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke 3 keys?' });
    // Slow answers from here on, so that the revoke is still under way when the screenshot is taken.
    await page.evaluate(() => window.paletteMock?.setScenario({ latency: 5000 }));
    await dialog.getByRole('button', { name: 'Revoke 3 keys' }).click();
    // The dialog is named after its phase: "Revoking 3 keys" while it runs.
    await expect(page.getByRole('dialog', { name: 'Revoking 3 keys' }).getByRole('progressbar')).toBeVisible();
  });
}

test('bulk actions as admin', async ({ page, openAs, recordFlow }) => {
  const flow = recordFlow('bulk', 'admin');
  await walk(page, openAs, flow);
  expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
});
