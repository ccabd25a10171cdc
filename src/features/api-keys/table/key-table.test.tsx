import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { renderApp } from '../../../test/render-app';

describe('the key table when Palette answers the list with 429', () => {
  it('says it is waiting and for how long, then loads the list by itself', async () => {
    // The mock's rate-limit scenario answers every /v1/apiKeys call with 429 and Retry-After: 1.
    mockControl.setScenario({ failures: ['rate-limit'] });
    renderApp('/profile/api-keys', { as: 'user' });
    const waiting = await screen.findByText('Palette is busy; retrying in 1 s', {}, { timeout: 5000 });
    expect(waiting.closest('[role="status"]')).not.toBeNull();
    expect(screen.getByRole('status', { name: 'Loading API keys' })).toBeInTheDocument();
    expect(screen.queryByText('Could not load API keys')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    // Palette has capacity again: the next retry, with nobody clicking anything, brings the rows.
    mockControl.setScenario({ failures: [] });
    expect(await screen.findByRole('table', { name: 'API keys' }, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/Palette is busy/)).not.toBeInTheDocument());
  }, 20_000);

  it("gives up after a few tries and offers Retry, with the server's message", async () => {
    mockControl.setScenario({ failures: ['rate-limit'] });
    renderApp('/profile/api-keys', { as: 'user' });
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent(/Could not load API keys.*Too many requests/);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  }, 20_000);
});
