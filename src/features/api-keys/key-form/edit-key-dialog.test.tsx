import { Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { mockDb } from '../../../mocks/db';
import { PERSONAS } from '../../../mocks/personas';
import { fill, renderWithProviders } from '../../../test/render-with-providers';
import { apiKeyQueries } from '../api/queries';
import { DUPLICATE_NAME_MESSAGE } from '../model/schemas';
import { DAY_MS } from '../model/status';
import type { ApiKey } from '../model/types';
import { EditKeyDialog } from './edit-key-dialog';

/** A stand-in for the key table: the cached list, an Edit button per key, and the last message. */
function Harness() {
  const list = useQuery(apiKeyQueries.list());
  const [editing, setEditing] = useState<ApiKey | null>(null);
  const [message, setMessage] = useState('');
  return (
    <>
      <ul aria-label="Keys">
        {list.data?.map((key) => (
          <li key={key.uid}>
            {key.name}
            <Button onClick={() => setEditing(key)} aria-label={`Edit ${key.name}`}>
              Edit
            </Button>
          </li>
        ))}
      </ul>
      <p role="status">{message}</p>
      <EditKeyDialog
        apiKey={editing}
        onClose={() => setEditing(null)}
        onDone={(text) => {
          setEditing(null);
          setMessage(text);
        }}
      />
    </>
  );
}

function stored(name: string) {
  return mockDb()
    .keys()
    .find((key) => key.name === name);
}

async function openEdit(name: string, as: 'admin' | 'user' | 'viewer' = 'admin') {
  const rendered = await renderWithProviders(<Harness />, { as });
  const trigger = await screen.findByRole('button', { name: `Edit ${name}` });
  await rendered.user.click(trigger);
  const dialog = await screen.findByRole('dialog', { name: 'Edit API Key' });
  return { ...rendered, dialog, trigger };
}

const nameField = (dialog: HTMLElement) => within(dialog).getByRole('textbox', { name: 'API Key Name' });

describe('Edit API Key', () => {
  it('shows the owner read-only: keys cannot be reassigned', async () => {
    const { dialog } = await openEdit('ci-deploy');
    const owner = within(dialog).getByRole('textbox', { name: 'User' });
    expect(owner).toHaveValue('Uma User');
    expect(owner).toHaveAttribute('readonly');
    expect(owner).toHaveAccessibleDescription('Keys cannot be reassigned');
    await waitFor(() => expect(nameField(dialog)).toHaveFocus());
  });

  it('saves a new name, keeps the expiry, and updates the list in place', async () => {
    const before = stored('ci-deploy');
    const { user, dialog, trigger } = await openEdit('ci-deploy');
    expect(within(dialog).getByRole('radio', { name: 'Keep current' })).toBeChecked();
    await user.clear(nameField(dialog));
    await fill(user, nameField(dialog), 'ci-deploy-v2');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Saved ci-deploy-v2');
    expect(within(screen.getByRole('list', { name: 'Keys' })).getByText('ci-deploy-v2')).toBeInTheDocument();
    const after = mockDb().key(before!.uid);
    expect(after?.name).toBe('ci-deploy-v2');
    expect(after?.description).toBe(before?.description);
    expect(after?.expiry).toBe(before?.expiry);
    expect(after?.ownerUid).toBe(PERSONAS.user.uid);
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('extends an expired key with a preset counted from today', async () => {
    const { user, dialog } = await openEdit('backup-cron');
    expect(within(dialog).queryByRole('radio', { name: 'Keep current' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: '60 days' }));
    const start = Date.now();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const expiry = Date.parse(stored('backup-cron')?.expiry ?? '');
    expect(expiry).toBeGreaterThanOrEqual(start + 60 * DAY_MS - 1000);
    expect(expiry).toBeLessThanOrEqual(Date.now() + 60 * DAY_MS);
  });

  it('puts a duplicate name on the name field and keeps the dialog open', async () => {
    const { user, dialog } = await openEdit('ci-deploy');
    await user.clear(nameField(dialog));
    await fill(user, nameField(dialog), 'LOCAL-DEV');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(DUPLICATE_NAME_MESSAGE)).toBeInTheDocument();
    expect(nameField(dialog)).toHaveAttribute('aria-invalid', 'true');
    expect(nameField(dialog)).toHaveValue('LOCAL-DEV');
    expect(stored('ci-deploy')).toBeDefined();
  });

  it('closes with a note when the key was deleted elsewhere, and drops it from the list', async () => {
    const { user, dialog } = await openEdit('local-dev');
    mockDb().deleteKey(stored('local-dev')!.uid);
    await fill(user, within(dialog).getByRole('textbox', { name: 'Description' }), 'too late');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('local-dev was deleted elsewhere');
    expect(
      within(screen.getByRole('list', { name: 'Keys' })).queryByText('local-dev'),
    ).not.toBeInTheDocument();
  });

  it("says so when the server refuses the edit (someone else's key)", async () => {
    // Vic sees every key but may edit only his own; the matrix refuses him another user's key on the
    // server too (403). A user would get 404 there: the mock hides keys they may not see.
    const { user, dialog } = await openEdit('grafana-reader', 'viewer');
    mockDb().putKey({ ...stored('grafana-reader')!, ownerUid: PERSONAS.user.uid });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "You don't have permission to edit this key",
    );
  });
});
