import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import { KeyTable } from '../pages/key-table';
import { PERSONAS } from './catalog';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { MY_KEYS, open, restPointer, TENANT_KEYS, type OpenAs } from './steps';

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true });

async function openMenu(page: Page) {
  await expect(exportButton(page)).not.toHaveAttribute('aria-disabled');
  await exportButton(page).click();
  await expect(page.getByRole('menuitem', { name: /^JSON/ })).toBeVisible();
  await page.getByRole('menuitem', { name: /^CSV/ }).hover();
}

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'export'>, persona: Persona) {
  const keys = new KeyTable(page);

  await flow.capture('menu-my-keys', async () => {
    await open(openAs, persona, MY_KEYS);
    await keys.waitForRows();
    await openMenu(page);
  });
  if (persona !== 'user')
    await flow.capture('menu-tenant', async () => {
      await open(openAs, persona, TENANT_KEYS, { params: { status: 'active' } });
      await keys.waitForRows();
      await openMenu(page);
    });
  await flow.capture('refused', async () => {
    await open(openAs, persona, MY_KEYS, { params: { q: 'no-such-key-anywhere' } });
    await expect(page.getByText('No keys match your filters')).toBeVisible();
    await exportButton(page).hover();
    await expect(page.getByRole('tooltip')).toContainText('nothing to export');
  });
  await flow.capture('phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open(openAs, persona, persona === 'user' ? MY_KEYS : TENANT_KEYS);
    await exportButton(page).scrollIntoViewIfNeeded();
    await expect(exportButton(page)).toBeInViewport();
    await restPointer(page);
  });
}

for (const persona of PERSONAS)
  test(`export as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('export', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
