import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GONE_USER_UID } from '../../../mocks/seed';
import { renderApp } from '../../../test/render-app';

describe('an owner who left the tenant, in the User column', () => {
  it('reads "Former user", with the uid in a tooltip, never a bare uid', async () => {
    renderApp('/tenant-settings/api-keys', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    const row = within(table).getByRole('link', { name: 'contractor-import' }).closest('tr')!;
    const owner = await within(row).findByText('Former user');
    expect(row).not.toHaveTextContent(GONE_USER_UID);
    fireEvent.focus(owner);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(GONE_USER_UID);
    // A deactivated owner is still named.
    const legacy = within(table).getByRole('link', { name: 'legacy-sync' }).closest('tr')!;
    expect(legacy).toHaveTextContent('Dan Departed');
  });
});
