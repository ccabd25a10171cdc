import { Button } from '@mui/material';
import type { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONFIG, type RuntimeConfig } from '../../../lib/api/config';
import { RuntimeConfigProvider } from '../../../lib/api/runtime-config-context';
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
async function createKey(config: RuntimeConfig = DEFAULT_CONFIG) {
  const rendered = await renderWithProviders(
    <RuntimeConfigProvider config={config}>
      <Harness />
    </RuntimeConfigProvider>,
    { as: 'user' },
  );
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

/** The tests that go through every copy button: five dialogs' worth of clicks on a busy machine. */
const SLOW_TEST = 60_000;

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

    // curl reads the key from the variable the export line sets: only that line holds the secret.
    await user.click(within(view).getByRole('button', { name: 'curl' }));
    await user.click(within(view).getByRole('button', { name: 'Copy curl command' }));
    expect(await navigator.clipboard.readText()).toBe(
      `curl -H "ApiKey: $SPECTROCLOUD_APIKEY" ${window.location.origin}/v1/users/info`,
    );
    await waitFor(() => expect(status).toHaveTextContent('Copied curl command'));
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

/** Chooses `tool` under "Copy as", then clicks the copy button that names `what`. */
async function copyAs(created: Awaited<ReturnType<typeof createKey>>, tool: string, what: string) {
  const { user, view } = created;
  const choices = within(view).getByRole('group', { name: 'Copy as' });
  await user.click(within(choices).getByRole('button', { name: tool }));
  expect(within(choices).getByRole('button', { name: tool })).toHaveAttribute('aria-pressed', 'true');
  await user.click(within(view).getByRole('button', { name: `Copy ${what}` }));
}

/** The text each "Copy as" button put on the clipboard, and what the view announced for it. */
async function copyEach(created: Awaited<ReturnType<typeof createKey>>) {
  const copied: Record<string, string> = {};
  const status = within(created.view).getByRole('status');
  for (const [tool, what] of [
    ['Environment', 'export line'],
    ['Terraform', 'Terraform provider block'],
    ['Palette CLI', 'palette login command'],
    ['curl', 'curl command'],
  ] as const) {
    await copyAs(created, tool, what);
    await waitFor(() => expect(status).toHaveTextContent(`Copied ${what}`));
    copied[what] = await navigator.clipboard.readText();
  }
  return copied;
}

describe('"Copy as" in the secret view', () => {
  it(
    'offers the tools Palette users run, for Palette SaaS behind the same-origin proxy',
    async () => {
      const created = await createKey();
      const { secret } = created;
      expect(await copyEach(created)).toEqual({
        'export line': `export SPECTROCLOUD_APIKEY=${secret}`,
        'Terraform provider block': [
          'provider "spectrocloud" {',
          '  host         = "api.spectrocloud.com"',
          '  project_name = "Default"',
          '  # api_key is read from SPECTROCLOUD_APIKEY.',
          '}',
        ].join('\n'),
        'palette login command':
          'palette login --api-key "$SPECTROCLOUD_APIKEY" --console-url https://console.spectrocloud.com --org \'Acme Robotics\'',
        'curl command': `curl -H "ApiKey: $SPECTROCLOUD_APIKEY" ${window.location.origin}/v1/users/info`,
      });
    },
    SLOW_TEST,
  );

  it(
    'points every snippet at the API the console uses when apiBaseUrl is absolute',
    async () => {
      const created = await createKey({ backend: 'mock', apiBaseUrl: 'https://palette.acme.example:8443' });
      const copied = await copyEach(created);
      expect(copied).toEqual({
        'export line': `export SPECTROCLOUD_APIKEY=${created.secret} SPECTROCLOUD_HOST=palette.acme.example:8443`,
        'Terraform provider block': [
          'provider "spectrocloud" {',
          '  host         = "palette.acme.example:8443"',
          '  project_name = "Default"',
          '  # api_key is read from SPECTROCLOUD_APIKEY.',
          '}',
        ].join('\n'),
        'palette login command':
          'palette login --api-key "$SPECTROCLOUD_APIKEY" --console-url https://palette.acme.example:8443 --org \'Acme Robotics\'',
        'curl command':
          'curl -H "ApiKey: $SPECTROCLOUD_APIKEY" https://palette.acme.example:8443/v1/users/info',
      });
      // Only the export line holds the secret.
      expect(Object.entries(copied).filter(([, text]) => text.includes(created.secret))).toHaveLength(1);
    },
    SLOW_TEST,
  );

  it(
    'names the configured API host and console behind the proxy',
    async () => {
      const created = await createKey({
        backend: 'palette',
        apiBaseUrl: '',
        apiHost: 'palette.acme.example',
        consoleUrl: 'https://palette.acme.example/console',
      });
      const copied = await copyEach(created);
      expect(copied['export line']).toBe(
        `export SPECTROCLOUD_APIKEY=${created.secret} SPECTROCLOUD_HOST=palette.acme.example`,
      );
      expect(copied['Terraform provider block']).toContain('  host         = "palette.acme.example"\n');
      expect(copied['palette login command']).toBe(
        'palette login --api-key "$SPECTROCLOUD_APIKEY" --console-url https://palette.acme.example/console --org \'Acme Robotics\'',
      );
      // curl goes where the console's own calls go: its origin, which proxies /v1.
      expect(copied['curl command']).toBe(
        `curl -H "ApiKey: $SPECTROCLOUD_APIKEY" ${window.location.origin}/v1/users/info`,
      );
    },
    SLOW_TEST,
  );
});

describe('copying when the Clipboard API is refused', () => {
  const BUTTONS = [
    { tool: null, button: 'Copy', what: 'key', done: 'Copied' },
    { tool: 'Environment', button: 'Copy export line', what: 'export line', done: 'Copied export line' },
    {
      tool: 'Terraform',
      button: 'Copy Terraform provider block',
      what: 'Terraform provider block',
      done: 'Copied Terraform provider block',
    },
    {
      tool: 'Palette CLI',
      button: 'Copy palette login command',
      what: 'palette login command',
      done: 'Copied palette login command',
    },
    { tool: 'curl', button: 'Copy curl command', what: 'curl command', done: 'Copied curl command' },
  ] as const;

  /** The text a button is about: the field beside it shows exactly that. */
  function shownText(view: HTMLElement, what: string): string {
    const label = what === 'key' ? 'API key' : what.charAt(0).toUpperCase() + what.slice(1);
    return (within(view).getByRole('textbox', { name: label }) as HTMLInputElement).value;
  }

  function refuseClipboard() {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Denied', 'NotAllowedError'),
    );
  }

  afterEach(() => {
    Reflect.deleteProperty(document, 'execCommand');
  });

  it(
    "copies exactly each button's text through the legacy copy command",
    async () => {
      const created = await createKey();
      const { user, view } = created;
      refuseClipboard();
      let copied = '';
      // The legacy command copies the selection of the focused field: record what that was.
      const execCommand = vi.fn((command: string) => {
        const field = document.activeElement;
        if (
          command !== 'copy' ||
          !(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)
        )
          return false;
        copied = field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0);
        return true;
      });
      Object.defineProperty(document, 'execCommand', { configurable: true, value: execCommand });
      const status = within(view).getByRole('status');
      const textareas = () => document.querySelectorAll('textarea').length;
      const before = textareas();

      for (const { tool, button, what, done } of BUTTONS) {
        if (tool) await user.click(within(view).getByRole('button', { name: tool }));
        copied = '';
        const trigger = within(view).getByRole('button', { name: button });
        await user.click(trigger);
        await waitFor(() => expect(status).toHaveTextContent(done));
        expect(status).toHaveTextContent(new RegExp(`^${done}$`));
        expect(copied).toBe(shownText(view, what));
        // The helper field is gone, and focus is back where it was.
        expect(trigger).toHaveFocus();
      }
      expect(execCommand).toHaveBeenCalledTimes(BUTTONS.length);
      // The hidden field that held each text for the command is gone again.
      expect(textareas()).toBe(before);
    },
    SLOW_TEST,
  );

  it(
    'says it could not copy, and selects that text for a copy by hand, when the command fails too',
    async () => {
      const created = await createKey();
      const { user, view } = created;
      const before = await navigator.clipboard.readText();
      refuseClipboard();
      Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(() => false) });
      const status = within(view).getByRole('status');

      for (const { tool, button, what } of BUTTONS) {
        if (tool) await user.click(within(view).getByRole('button', { name: tool }));
        await user.click(within(view).getByRole('button', { name: button }));
        await waitFor(() =>
          expect(status).toHaveTextContent(
            `Copying is blocked here: the ${what} is selected, press Ctrl+C (or ⌘C) to copy it.`,
          ),
        );
        const label = what === 'key' ? 'API key' : what.charAt(0).toUpperCase() + what.slice(1);
        const field = within(view).getByRole('textbox', { name: label }) as HTMLInputElement;
        expect(field).toHaveFocus();
        expect(field.value.slice(field.selectionStart ?? 0, field.selectionEnd ?? 0)).toBe(field.value);
        expect(status).not.toHaveTextContent(/^Copied/);
      }
      // Nothing else was copied in its place.
      vi.restoreAllMocks();
      expect(await navigator.clipboard.readText()).toBe(before);
    },
    SLOW_TEST,
  );
});
