import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { mockDb } from '../../../mocks/db';
import { renderWithProviders } from '../../../test/render-with-providers';
import { fetchApiKeys } from '../api/endpoints';
import { BulkDialog } from './bulk-dialog';

/** The bulk dialog over two of the tenant's active keys, as Ava Admin, Palette refusing with 429. */
async function startThrottledRevoke() {
  const keys = (await fetchApiKeys()).filter((key) => key.isActive).slice(0, 2);
  const { user } = await renderWithProviders(
    <BulkDialog job={{ verb: 'revoke', keys, skipped: 0 }} open onClose={() => {}} onExited={() => {}} />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Revoke 2 keys?' });
  mockControl.setScenario({ failures: ['rate-limit'] });
  await user.click(within(dialog).getByRole('button', { name: 'Revoke 2 keys' }));
  return { user, dialog, keys };
}

describe('bulk progress while Palette asks to wait', () => {
  it('shows how long the queue waits, then goes on by itself', async () => {
    const { dialog, keys } = await startThrottledRevoke();
    // The mock's rate-limit scenario answers 429 with Retry-After: 1.
    expect(
      await within(dialog).findByText('Palette asked to wait: sending again in 1 s.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    mockControl.setScenario({ failures: [] });
    expect(
      await within(dialog).findByRole('heading', { name: 'Revoked 2 of 2 keys' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    for (const key of keys) expect(mockDb().key(key.uid)?.isActive).toBe(false);
  }, 30_000);

  it('reports a call refused and then cancelled as not changed, not as never sent', async () => {
    const { user, dialog, keys } = await startThrottledRevoke();
    await within(dialog).findByText(
      /^Palette asked to wait: sending again in \d s\.$/,
      {},
      { timeout: 5000 },
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(
      await within(dialog).findByRole('heading', { name: 'Revoked 0 of 2 keys' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const reasons = within(dialog).getAllByText(
      'Not changed: Palette asked to wait, and it was cancelled before trying again',
    );
    expect(reasons).toHaveLength(2);
    expect(within(dialog).queryByText('Not sent: cancelled')).not.toBeInTheDocument();
    for (const key of keys) expect(mockDb().key(key.uid)?.isActive).toBe(true);
  }, 30_000);
});
