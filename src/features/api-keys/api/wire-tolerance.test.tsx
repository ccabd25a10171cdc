import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ZERO_TIME } from '../../../lib/api/palette';
import { server } from '../../../mocks/node';
import { PERSONAS } from '../../../mocks/personas';
import { renderApp } from '../../../test/render-app';

/**
 * The key pages on answers as a real Palette may give them: empty fields omitted, fields the console
 * does not know, and the Go zero time for an unset timestamp. Every answer here is still within the
 * contract (the recorder in src/test/setup.ts checks), just not the tidy shape the mock sends.
 */
describe('the key pages read Palette defensively', () => {
  it('show keys with omitted fields, unknown fields and zero-time timestamps, and drop keys without a uid', async () => {
    server.use(
      http.get('*/v1/apiKeys', () =>
        HttpResponse.json({
          kind: 'ApiKeyList',
          items: [
            { metadata: { uid: 'k-bare', name: 'bare-minimum' } },
            {
              apiVersion: 'v1',
              metadata: {
                uid: 'k-odd',
                name: 'zero-times',
                creationTimestamp: ZERO_TIME,
                lastModifiedTimestamp: ZERO_TIME,
                annotations: { permissions: 'apiKey.get,apiKey.update,apiKey.delete', owner: 'tf' },
                labels: { team: 'ops' },
              },
              spec: {
                expiry: ZERO_TIME,
                user: { uid: PERSONAS.user.uid, firstName: 'Uma', lastName: 'User', middleName: 'Q' },
                scopes: ['read'],
              },
              status: { isActive: true, lastUsedAt: ZERO_TIME },
            },
            { metadata: { name: 'no-uid-no-action' } },
          ],
          listmeta: { count: 3 },
        }),
      ),
    );
    renderApp('/tenant-settings/api-keys', { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(`^${name}`) })
        .closest('tr')!;

    // No status: inactive. No expiry: never expires. No owner: said so.
    expect(await within(table).findByRole('rowheader', { name: /^bare-minimum/ })).toBeInTheDocument();
    expect(row('bare-minimum')).toHaveTextContent(/Revoked/);
    expect(row('bare-minimum')).toHaveTextContent(/Never/);
    expect(row('bare-minimum')).toHaveTextContent(/Unknown user/);
    // Zero times are "none", never year 1.
    expect(row('zero-times')).toHaveTextContent(/Active/);
    expect(row('zero-times')).toHaveTextContent(/Never/);
    expect(row('zero-times')).toHaveTextContent(/Uma User/);
    expect(row('zero-times')).not.toHaveTextContent(/0001|\b1 AD\b/);
    // A key without a uid cannot be acted on: not listed.
    expect(within(table).queryByRole('rowheader', { name: /no-uid-no-action/ })).not.toBeInTheDocument();
  });
});
