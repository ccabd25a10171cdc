import { Button } from '@mui/material';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { mockDb } from '../../../mocks/db';
import { server } from '../../../mocks/node';
import { PERSONAS } from '../../../mocks/personas';
import { fill, renderWithProviders } from '../../../test/render-with-providers';
import { endOfLocalDay, toLocalDate } from '../model/local-calendar';
import { DUPLICATE_NAME_MESSAGE } from '../model/schemas';
import { DAY_MS } from '../model/status';
import { CreateKeyDialog } from './create-key-dialog';

function Harness({ ownerChoice }: { ownerChoice: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Add New API Key</Button>
      <CreateKeyDialog open={open} onClose={() => setOpen(false)} ownerChoice={ownerChoice} />
    </>
  );
}

async function openDialog(
  { as = 'admin', ownerChoice = false } = {} as {
    as?: 'admin' | 'user' | 'viewer';
    ownerChoice?: boolean;
  },
) {
  const rendered = await renderWithProviders(<Harness ownerChoice={ownerChoice} />, { as });
  await rendered.user.click(screen.getByRole('button', { name: 'Add New API Key' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add New API Key' });
  return { ...rendered, dialog };
}

const nameField = () => screen.getByRole('textbox', { name: 'API Key Name' });
const generate = () => screen.getByRole('button', { name: 'Generate' });
const keyCount = () => mockDb().keys().length;

describe('Add New API Key', () => {
  it('puts the focus in the name field, with counters and a 30-day default', async () => {
    const { dialog } = await openDialog();
    await waitFor(() => expect(nameField()).toHaveFocus());
    expect(within(dialog).getByText('0/64')).toBeInTheDocument();
    expect(within(dialog).getByText('0/256')).toBeInTheDocument();
    expect(within(dialog).getByRole('radio', { name: '30 days' })).toBeChecked();
    expect(within(dialog).getByText(/^Expires on /)).toBeInTheDocument();
  });

  it.each([
    ['an empty name', '', 'Enter a name for the key'],
    ['a blank name', '    ', 'Enter a name for the key'],
    ['65 characters', 'x'.repeat(65), 'Use at most 64 characters'],
    ['a slash', 'deploy/prod', 'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit'],
    [
      'markup',
      '<img src=x onerror=alert(1)>',
      'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit',
    ],
  ])('refuses %s and creates nothing', async (_label, name, message) => {
    const before = keyCount();
    const { user, dialog } = await openDialog();
    if (name) await fill(user, nameField(), name);
    await user.click(generate());
    expect(await within(dialog).findByText(message)).toBeInTheDocument();
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    expect(nameField()).toHaveFocus();
    expect(nameField()).toHaveValue(name);
    expect(keyCount()).toBe(before);
  });

  it('shows a duplicate name (in any letter case) on the name field, from the server', async () => {
    const before = keyCount();
    const { user, dialog } = await openDialog();
    await fill(user, nameField(), 'TERRAFORM-prod');
    await user.click(generate());
    expect(await within(dialog).findByText(DUPLICATE_NAME_MESSAGE)).toBeInTheDocument();
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    expect(nameField()).toHaveValue('TERRAFORM-prod');
    expect(keyCount()).toBe(before);
  });

  it('sends one create on a double click of Generate', async () => {
    // Counted on the wire: the server's duplicate-name rule would hide a second create in the db.
    let creates = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/v1/apiKeys') creates += 1;
    };
    server.events.on('request:start', count);
    const before = mockDb().keysOf(PERSONAS.admin.uid).length;
    const { user } = await openDialog();
    await fill(user, nameField(), 'nightly-backup');
    await user.dblClick(generate());
    expect(await screen.findByRole('dialog', { name: 'API key created' })).toBeInTheDocument();
    server.events.removeListener('request:start', count);
    expect(creates).toBe(1);
    const mine = mockDb().keysOf(PERSONAS.admin.uid);
    expect(mine).toHaveLength(before + 1);
    expect(mine.filter((k) => k.name === 'nightly-backup')).toHaveLength(1);
  });

  it('keeps every field as typed when the create fails, and shows the error above the form', async () => {
    mockControl.setScenario({ failures: ['create'] });
    const before = keyCount();
    const { user, dialog } = await openDialog();
    await fill(user, nameField(), 'ci-runner');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Description' }), 'Runs the CI');
    await user.click(within(dialog).getByRole('radio', { name: '90 days' }));
    await user.click(generate());
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not create the API key');
    expect(alert).toHaveTextContent(/Reference: mock-/);
    expect(nameField()).toHaveValue('ci-runner');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('Runs the CI');
    expect(within(dialog).getByRole('radio', { name: '90 days' })).toBeChecked();
    expect(generate()).toBeEnabled();
    expect(keyCount()).toBe(before);
  });

  it('sends a custom date as the end of that day in the user’s time zone', async () => {
    const { user, dialog } = await openDialog();
    await fill(user, nameField(), 'quarterly-report');
    await user.click(within(dialog).getByRole('radio', { name: 'Custom' }));
    const date = toLocalDate(Date.now() + 40 * DAY_MS);
    const input = within(dialog).getByLabelText(/Custom date/);
    await user.clear(input);
    await user.type(input, date);
    expect(within(dialog).getByText(/^Expires on .*, end of day$/)).toBeInTheDocument();
    await user.click(generate());
    await screen.findByRole('dialog', { name: 'API key created' });
    const stored = mockDb()
      .keysOf(PERSONAS.admin.uid)
      .find((k) => k.name === 'quarterly-report');
    // The mock keeps whole seconds: 23:59:59 local, in UTC.
    expect(Date.parse(stored?.expiry ?? '')).toBe(endOfLocalDay(date)! - 999);
  });

  it('refuses a custom date before tomorrow', async () => {
    const { user, dialog } = await openDialog();
    await fill(user, nameField(), 'too-soon');
    await user.click(within(dialog).getByRole('radio', { name: 'Custom' }));
    const input = within(dialog).getByLabelText(/Custom date/);
    await user.clear(input);
    await user.type(input, toLocalDate(Date.now()));
    await user.click(generate());
    expect(await within(dialog).findByText('Choose a date from tomorrow on')).toBeInTheDocument();
  });

  it('lets an admin create a key for another user, picked by email', async () => {
    const { user, dialog } = await openDialog({ ownerChoice: true });
    const owner = within(dialog).getByRole('combobox', { name: 'User Name' });
    expect(owner).toHaveValue('Ava Admin');
    await fill(user, nameField(), 'uma-ci');
    await user.clear(owner);
    await fill(user, owner, 'uma.user@');
    await user.click(await screen.findByRole('option', { name: /Uma User/ }));
    expect(owner).toHaveValue('Uma User');
    await user.click(generate());
    const secretView = await screen.findByRole('dialog', { name: 'API key created' });
    expect(secretView).toHaveTextContent('Share it with Uma User through a secure channel.');
    expect(
      mockDb()
        .keysOf(PERSONAS.user.uid)
        .some((k) => k.name === 'uma-ci'),
    ).toBe(true);
  });

  it('lists deactivated users as such, and does not let them be chosen', async () => {
    const { user, dialog } = await openDialog({ ownerChoice: true });
    const owner = within(dialog).getByRole('combobox', { name: 'User Name' });
    await user.clear(owner);
    await fill(user, owner, 'dan');
    const option = await screen.findByRole('option', { name: /Dan Departed \(deactivated\)/ });
    expect(option).toHaveAttribute('aria-disabled', 'true');
  });

  it('offers no owner choice to a user', async () => {
    const { user, dialog } = await openDialog({ as: 'user', ownerChoice: false });
    expect(within(dialog).queryByRole('combobox', { name: 'User Name' })).not.toBeInTheDocument();
    await fill(user, nameField(), 'my-script');
    await user.click(generate());
    const secretView = await screen.findByRole('dialog', { name: 'API key created' });
    expect(secretView).not.toHaveTextContent('Share it with');
    expect(
      mockDb()
        .keysOf(PERSONAS.user.uid)
        .some((k) => k.name === 'my-script'),
    ).toBe(true);
  });

  describe('when the create gets no answer', () => {
    it('says the key was not created when the list does not have it', async () => {
      server.use(http.post('*/v1/apiKeys', () => HttpResponse.error()));
      const before = keyCount();
      const { user, dialog } = await openDialog();
      await fill(user, nameField(), 'lost-in-transit');
      await user.click(generate());
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The key was not created. You can try again.',
      );
      expect(nameField()).toHaveValue('lost-in-transit');
      expect(keyCount()).toBe(before);
    });

    it('says the key was created without its secret when the list has it', async () => {
      let calls = 0;
      server.use(
        http.post('*/v1/apiKeys', () => {
          calls += 1;
          // The server made the key, then the answer was lost on the way back.
          mockDb().putKey({
            uid: 'lost-answer-key',
            name: 'half-made',
            description: '',
            ownerUid: PERSONAS.admin.uid,
            expiry: new Date(Date.now() + 30 * DAY_MS).toISOString(),
            createdAt: new Date().toISOString(),
            isActive: true,
            secretHash: '',
          });
          return HttpResponse.error();
        }),
      );
      const { user, dialog } = await openDialog();
      await fill(user, nameField(), 'half-made');
      await user.click(generate());
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'The key was created, but its secret could not be shown. Revoke it and create a new one.',
      );
      expect(calls).toBe(1);
    });
  });
});
