import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { mockDb } from '../../../mocks/db';
import { PERSONAS } from '../../../mocks/personas';
import type { FailureId } from '../../../mocks/scenario';
import { renderApp } from '../../../test/render-app';

type User = ReturnType<typeof renderApp>['user'];

const umasKeys = () => mockDb().keysOf(PERSONAS.user.uid);
const named = (name: string) => umasKeys().find((k) => k.name === name);

async function openReplace(user: User, keyName: string) {
  await user.click(await screen.findByRole('button', { name: `Actions for ${keyName}` }));
  await user.click(screen.getByRole('menuitem', { name: /Replace/ }));
  return screen.findByRole('dialog', { name: `Replace ${keyName}` });
}

async function createAndSeeSecret(user: User, dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
  const view = await screen.findByRole('dialog', { name: 'New API key created' });
  await user.click(within(view).getByRole('checkbox', { name: 'I have saved this API key' }));
  await user.click(within(view).getByRole('button', { name: 'Done' }));
  return screen.findByRole('dialog', { name: /Revoke .* now\?/ });
}

const fail = (...failures: FailureId[]) => mockControl.setScenario({ failures });

afterEach(() => localStorage.clear());

describe('Replace', () => {
  it('proposes a name, shows the secret once, and revokes the old key only when asked', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    expect(within(dialog).getByRole('textbox', { name: 'Name of the new key' })).toHaveValue('ci-deploy-2');
    expect(within(dialog).getByText('GitHub Actions deploy job')).toBeInTheDocument();
    const retire = await createAndSeeSecret(user, dialog);
    expect(within(retire).getByText('Your new key ci-deploy-2 exists and works.')).toBeInTheDocument();
    // The secret has been seen, and the old key is untouched until the user chooses.
    expect(named('ci-deploy')?.isActive).toBe(true);
    expect(named('ci-deploy-2')).toMatchObject({ isActive: true, description: 'GitHub Actions deploy job' });
    await user.click(within(retire).getByRole('button', { name: 'Revoke old key now' }));
    expect(
      await screen.findByText('Replaced ci-deploy with ci-deploy-2; ci-deploy is revoked'),
    ).toBeVisible();
    expect(named('ci-deploy')?.isActive).toBe(false);
  });

  it('keeps the old key on request and flags it in its row, with a way to the successor', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    const name = within(dialog).getByRole('textbox', { name: 'Name of the new key' });
    await user.clear(name);
    await user.type(name, 'ci-deploy-2026');
    const retire = await createAndSeeSecret(user, dialog);
    await user.click(within(retire).getByRole('button', { name: 'Keep it for now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });
    expect(named('ci-deploy')?.isActive).toBe(true);
    const row = screen.getByRole('row', { name: /^ci-deploy GitHub/ });
    const link = within(row).getByRole('link', { name: 'Replaced by ci-deploy-2026: show it' });
    expect(JSON.stringify(localStorage)).not.toMatch(/[A-Za-z0-9]{32}/);
    await user.click(link);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Actions for ci-deploy' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Actions for ci-deploy-2026' })).toBeInTheDocument();
  });

  it('refuses a name the owner already has before sending it, and puts a 409 on the field', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    const name = within(dialog).getByRole('textbox', { name: 'Name of the new key' });
    await user.clear(name);
    await user.type(name, 'LOCAL-dev');
    await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
    expect(await within(dialog).findByText('This user already has a key with this name')).toBeVisible();
    fail('create-conflict');
    await user.clear(name);
    await user.type(name, 'ci-deploy-next');
    await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
    expect(
      await within(dialog).findByText(/No new key was made\. The old key ci-deploy is still active/),
    ).toBeVisible();
    expect(within(dialog).getByText('This user already has a key with this name')).toBeVisible();
    expect(named('ci-deploy-next')).toBeUndefined();
  });

  it('says at the limit that no key can be made, and offers no create', async () => {
    mockControl.reset('at-limit');
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    expect(
      await within(dialog).findByText(/You have reached the limit of 20 keys, so no new key was made/),
    ).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Create new key' })).toBeDisabled();
  });

  it('says what exists when the create fails with an answer', async () => {
    fail('create');
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
    expect(
      await within(dialog).findByText(
        /Could not create the new key: .*No new key was made\. The old key ci-deploy is still active and works\. You can try again\./,
      ),
    ).toBeVisible();
  });

  it('checks the list after a create that never arrived, and says nothing was made', async () => {
    fail('create-unreached');
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
    expect(
      await within(dialog).findByText(/the list of keys holds no ci-deploy-2: no new key was made/),
    ).toBeVisible();
    expect(named('ci-deploy-2')).toBeUndefined();
    expect(within(dialog).getByRole('button', { name: 'Create new key' })).toBeEnabled();
  });

  it('finds the key of a create whose answer was lost, and does not try again', async () => {
    fail('create-no-answer');
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
    const stuck = await screen.findByRole('dialog', { name: 'The new key cannot be used' });
    expect(
      within(stuck).getByText(/The new key ci-deploy-2 was made, but the server's answer was lost/),
    ).toBeVisible();
    expect(within(stuck).getByText(/The old key ci-deploy is still active and works/)).toBeVisible();
    expect(within(stuck).queryByRole('button', { name: /Create|Try/ })).toBeNull();
    expect(umasKeys().filter((k) => k.name === 'ci-deploy-2')).toHaveLength(1);
    expect(named('ci-deploy')?.isActive).toBe(true);
  });

  it('says that neither could be checked when the network is gone', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const dialog = await openReplace(user, 'ci-deploy');
    fail('offline');
    await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
    expect(
      await within(dialog).findByText(
        /could not be checked: ci-deploy-2 may or may not have been made/,
        undefined,
        {
          timeout: 8000,
        },
      ),
    ).toBeVisible();
  });

  it('keeps both keys when the revoke fails, says so, and can try the revoke again', async () => {
    fail('revoke');
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    const retire = await createAndSeeSecret(user, await openReplace(user, 'ci-deploy'));
    await user.click(within(retire).getByRole('button', { name: 'Revoke old key now' }));
    expect(
      await within(retire).findByText(
        /Could not revoke ci-deploy: .*Your new key ci-deploy-2 exists and works\. The old key ci-deploy is still active and works\./,
      ),
    ).toBeVisible();
    expect(named('ci-deploy')?.isActive).toBe(true);
    fail();
    await user.click(within(retire).getByRole('button', { name: 'Try revoking again' }));
    expect(
      await screen.findByText('Replaced ci-deploy with ci-deploy-2; ci-deploy is revoked'),
    ).toBeVisible();
    expect(named('ci-deploy')?.isActive).toBe(false);
  });

  it("lets an admin replace another user's key: the successor is that user's, the secret is to be shared", async () => {
    const { user } = renderApp('/tenant-settings/api-keys', { as: 'admin' });
    const dialog = await openReplace(user, 'ci-deploy');
    expect(within(dialog).getByText(/A new key is made for Uma User/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Create new key' }));
    const view = await screen.findByRole('dialog', { name: 'New API key created' });
    expect(within(view).getByText(/Share it with Uma User through a secure channel/)).toBeVisible();
    expect(named('ci-deploy-2')?.ownerUid).toBe(PERSONAS.user.uid);
  });

  it('is refused, with the reason, where the matrix refuses create or revoke', async () => {
    const { user } = renderApp('/tenant-settings/api-keys', { as: 'viewer' });
    await user.click(await screen.findByRole('button', { name: 'Actions for ci-deploy' }));
    const item = screen.getByRole('menuitem', { name: /Replace/ });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(within(item).getByText('Only tenant admins can create keys for other users')).toBeVisible();
  });

  it('is not offered on a key that no longer works', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    await user.click(await screen.findByRole('button', { name: 'Actions for shared-demo' }));
    const item = screen.getByRole('menuitem', { name: /Replace/ });
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(within(item).getByText('Only an active key can be replaced: add a new key instead')).toBeVisible();
  });
});
