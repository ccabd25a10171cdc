import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import { KeyTable } from '../pages/key-table';
import { PERSONAS } from './catalog';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { createDialog, MY_KEYS, open, OWN_KEY, restPointer, TENANT_KEYS, type OpenAs } from './steps';

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'create'>, persona: Persona) {
  await open(openAs, persona, MY_KEYS);
  const { dialog, name, description, generate } = await createDialog(page);
  const submitShowing = async (message: string) => {
    await generate.click();
    await expect(dialog.getByText(message)).toBeVisible();
    await restPointer(page);
  };

  await flow.capture('form', () => restPointer(page));
  await flow.capture('name-missing', () => submitShowing('Enter a name for the key'));
  await flow.capture('name-characters', async () => {
    await name.fill('deploy/prod!');
    await submitShowing('Use letters, digits, spaces');
  });
  await flow.capture('name-too-long', async () => {
    await name.fill(`nightly-backup-${'x'.repeat(60)}`);
    await submitShowing('Use at most 64 characters');
  });
  await flow.capture('description-too-long', async () => {
    await name.fill('nightly-backup');
    await description.fill('Backs up the cluster profiles every night. '.repeat(8));
    await submitShowing('Use at most 256 characters');
  });
  await flow.capture('custom-date-past', async () => {
    await description.fill('Backs up the cluster profiles every night');
    await dialog.getByRole('radio', { name: 'Custom' }).check();
    await dialog.getByLabel('Custom date').fill('2020-01-31');
    await submitShowing('Choose a date from tomorrow on');
  });
  await flow.capture('duplicate-name', async () => {
    await dialog.getByRole('radio', { name: '30 days' }).check();
    await name.fill(OWN_KEY[persona]);
    await submitShowing('This user already has a key with this name');
  });
  await flow.capture('secret', async () => {
    await name.fill('nightly-backup');
    await generate.click();
    await expect(page.getByRole('dialog', { name: 'API key created' })).toBeVisible();
    await restPointer(page);
  });
  await flow.capture('created', async () => {
    const secret = page.getByRole('dialog', { name: 'API key created' });
    await secret.getByRole('checkbox', { name: 'I have saved this API key' }).check();
    await secret.getByRole('button', { name: 'Done' }).click();
    await expect(secret).toBeHidden();
    await expect(new KeyTable(page).row('nightly-backup')).toBeVisible();
  });

  if (persona === 'admin')
    await flow.capture('for-another-user', async () => {
      await open(openAs, persona, TENANT_KEYS);
      const other = await createDialog(page);
      await other.name.fill('edge-registration');
      const owner = page.getByRole('combobox', { name: 'User Name' });
      await owner.click();
      await owner.fill('Noah');
      await expect(page.getByRole('option').first()).toBeVisible();
    });
}

for (const persona of PERSONAS)
  test(`create a key as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('create', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
