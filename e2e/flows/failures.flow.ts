import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import { PERSONAS } from './catalog';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { createDialog, MY_KEYS, open, restPointer, url, type OpenAs } from './steps';

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'failures'>, persona: Persona) {
  const listError = page.getByRole('alert').filter({ hasText: 'Could not load API keys' });
  const banner = page.getByRole('alert').filter({ hasText: "You're offline" });

  await flow.capture('list', async () => {
    await open(openAs, persona, MY_KEYS, { params: { fail: 'list' } });
    // 5xx answers are retried twice before the error shows.
    await expect(listError).toBeVisible({ timeout: 20_000 });
  });
  await flow.capture('rate-limit', async () => {
    await open(openAs, persona, MY_KEYS, { params: { fail: 'rate-limit' } });
    await expect(listError).toContainText('Too many requests');
  });
  await flow.capture('session-expired', async () => {
    await page.goto(url(persona, MY_KEYS, { params: { fail: 'session-expired' } }));
    await expect(page.getByRole('dialog', { name: 'Your session has expired' })).toBeVisible();
  });
  await flow.capture('offline-load', async () => {
    await page.goto(url(persona, MY_KEYS, { params: { fail: 'offline' } }));
    await expect(banner).toBeVisible();
    await expect(page.getByText('Could not load your account')).toBeVisible({ timeout: 20_000 });
    await restPointer(page);
  });

  await open(openAs, persona, MY_KEYS, { params: { fail: 'create' } });
  const first = await createDialog(page);
  await flow.capture('create', async () => {
    await first.name.fill('nightly-backup');
    await first.description.fill('Backs up the cluster profiles every night');
    await first.generate.click();
    await expect(first.dialog.getByRole('alert')).toContainText('Could not create the API key');
    await restPointer(page);
  });

  await open(openAs, persona, MY_KEYS, { params: { fail: 'create-conflict' } });
  const second = await createDialog(page);
  await flow.capture('create-conflict', async () => {
    await second.name.fill('nightly-backup');
    await second.generate.click();
    await expect(second.dialog).toContainText('This user already has a key with this name');
    await restPointer(page);
  });

  await open(openAs, persona, MY_KEYS);
  const third = await createDialog(page);
  await flow.capture('offline-form', async () => {
    await third.name.fill('on-the-train');
    await page.evaluate(() => window.paletteMock?.setScenario({ failures: ['offline'] }));
    await third.generate.click();
    await expect(banner).toBeVisible();
    // The create got no answer: the dialog checks the list (which fails too), then says so.
    await expect(third.generate).toBeEnabled({ timeout: 20_000 });
    await restPointer(page);
  });
}

for (const persona of PERSONAS)
  test(`injected failures as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('failures', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
