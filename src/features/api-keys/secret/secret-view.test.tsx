import { Button } from '@mui/material';
import type { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ELSEWHERE_PATH, fill, renderWithProviders } from '../../../test/render-with-providers';
import { CreateKeyDialog } from '../key-form/create-key-dialog';

function Harness() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Add New API Key</Button>
      <CreateKeyDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** Creates a key through the dialog and returns the secret view with the secret it shows. */
async function createKey() {
  const rendered = await renderWithProviders(<Harness />, { as: 'user' });
  const { user } = rendered;
  const trigger = screen.getByRole('button', { name: 'Add New API Key' });
  await user.click(trigger);
  await fill(user, await screen.findByRole('textbox', { name: 'API Key Name' }), 'deploy-bot');
  await user.click(screen.getByRole('button', { name: 'Generate' }));
  const view = await screen.findByRole('dialog', { name: 'API key created' });
  const field = within(view).getByRole('textbox', { name: 'API key' });
  const secret = (field as HTMLInputElement).value;
  expect(secret.length).toBeGreaterThan(20);
  return { ...rendered, view, field, secret, trigger };
}

/** Everything React Query holds, as text: no secret may be in it. */
function cacheText(client: QueryClient): string {
  return JSON.stringify({
    queries: client
      .getQueryCache()
      .getAll()
      .map((q) => ({ key: q.queryKey, state: q.state })),
    mutations: client
      .getMutationCache()
      .getAll()
      .map((m) => ({ options: m.options.mutationKey, state: m.state })),
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the secret view', () => {
  it('shows the key once, read-only, with the warning', async () => {
    const { view, field } = await createKey();
    expect(field).toHaveAttribute('readonly');
    expect(
      within(view).getByText(/This key will not be shown again\. Copy it now and store it somewhere safe\./),
    ).toBeInTheDocument();
    expect(within(view).getByRole('button', { name: 'Copy' })).toHaveFocus();
  });

  it('enables Done only once "I have saved this API key" is checked', async () => {
    const { user, view } = await createKey();
    const done = within(view).getByRole('button', { name: 'Done' });
    expect(done).toBeDisabled();
    await user.click(within(view).getByRole('checkbox', { name: 'I have saved this API key' }));
    expect(done).toBeEnabled();
  });

  it('does not close on Escape or a backdrop click', async () => {
    const { user, view } = await createKey();
    await user.keyboard('{Escape}');
    // A click beside the dialog lands on MUI's container around it (the backdrop lies behind the
    // container): that is the click MUI reports as a backdrop click, so that is the one to make.
    const outside = screen.getByRole('dialog', { name: 'API key created' }).parentElement;
    if (!outside) throw new Error('The dialog has nothing around it to click');
    await user.click(outside);
    expect(view).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'API key created' })).toBeVisible();
  });

  it('copies the key, and the curl command, and announces it', async () => {
    const { user, view, secret } = await createKey();
    await user.click(within(view).getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(secret);
    const status = within(view).getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(status).toHaveTextContent('Copied'));

    await user.click(within(view).getByRole('button', { name: 'Copy as curl' }));
    expect(await navigator.clipboard.readText()).toBe(
      `curl -H "ApiKey: ${secret}" ${window.location.origin}/v1/users/info`,
    );
  });

  it('selects the key and says to press Ctrl+C when the page may not copy', async () => {
    const { user, view, field } = await createKey();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
    await user.click(within(view).getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(within(view).getByRole('status')).toHaveTextContent(/press Ctrl\+C/));
    expect(field).toHaveFocus();
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);
  });

  it('leaves no trace of the secret in the query or mutation cache, before and after Done', async () => {
    const { user, view, secret, queryClient, trigger } = await createKey();
    // The mutation was reset as soon as the view took the secret.
    await waitFor(() => expect(cacheText(queryClient)).not.toContain(secret));
    expect(queryClient.getMutationCache().getAll()).toHaveLength(0);

    await user.click(within(view).getByRole('checkbox', { name: 'I have saved this API key' }));
    await user.click(within(view).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(document.body.innerHTML).not.toContain(secret);
    expect(cacheText(queryClient)).not.toContain(secret);
    expect(window.location.href).not.toContain(secret);
    expect(JSON.stringify({ ...sessionStorage })).not.toContain(secret);
    expect(JSON.stringify({ ...localStorage })).not.toContain(secret);
    // Focus is back on the button that opened the dialog.
    await waitFor(() => expect(trigger).toHaveFocus());
  });

  it('asks before leaving the page, and stays when told to', async () => {
    const { user, router } = await createKey();
    await act(() => router.navigate(ELSEWHERE_PATH));
    const confirm = await screen.findByRole('dialog', { name: 'Leave without saving the key?' });
    expect(confirm).toHaveTextContent('The key will not be shown again.');
    await user.click(within(confirm).getByRole('button', { name: 'Stay' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: /Leave without/ })).not.toBeInTheDocument(),
    );
    expect(router.state.location.pathname).toBe('/');
    expect(screen.getByRole('dialog', { name: 'API key created' })).toBeInTheDocument();

    await act(() => router.navigate(ELSEWHERE_PATH));
    const again = await screen.findByRole('dialog', { name: 'Leave without saving the key?' });
    await user.click(within(again).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { name: 'Elsewhere' })).toBeInTheDocument();
  });

  it('asks the browser to confirm a reload or a closed tab while the key is shown, not after', async () => {
    const { user, view } = await createKey();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(true);
    await user.click(within(view).getByRole('checkbox', { name: 'I have saved this API key' }));
    await user.click(within(view).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(unload()).toBe(false);
  });
});
