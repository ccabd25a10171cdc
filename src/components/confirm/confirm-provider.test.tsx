import { Button } from '@mui/material';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useConfirm, type ConfirmRequest } from './confirm-context';
import { ConfirmProvider } from './confirm-provider';

/** A button that asks, and shows the answer (or the failure) the promise settled with. */
function Asker({ request }: { request: ConfirmRequest }) {
  const confirm = useConfirm();
  const [answer, setAnswer] = useState('none yet');
  return (
    <>
      <Button
        onClick={() =>
          confirm(request).then(
            (confirmed) => setAnswer(String(confirmed)),
            (error: unknown) => setAnswer(`failed: ${error instanceof Error ? error.message : ''}`),
          )
        }
      >
        Remove
      </Button>
      <p>Answer: {answer}</p>
    </>
  );
}

const QUESTION: ConfirmRequest = {
  title: 'Delete ci-deploy?',
  body: 'A deleted key cannot be restored.',
  confirmLabel: 'Delete',
  destructive: true,
};

async function ask(request: ConfirmRequest = QUESTION) {
  const user = userEvent.setup();
  render(
    <ConfirmProvider>
      <Asker request={request} />
    </ConfirmProvider>,
  );
  const trigger = screen.getByRole('button', { name: 'Remove' });
  await user.click(trigger);
  const dialog = await screen.findByRole('dialog', { name: 'Delete ci-deploy?' });
  expect(dialog).toHaveAccessibleDescription('A deleted key cannot be restored.');
  return { user, trigger, dialog };
}

const closed = () => waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

describe('useConfirm', () => {
  it('resolves true on confirm, and gives the focus back to the trigger', async () => {
    const { user, trigger, dialog } = await ask();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Answer: true')).toBeInTheDocument();
    await closed();
    expect(trigger).toHaveFocus();
  });

  it.each([
    [
      'Cancel',
      (user: UserEvent, dialog: HTMLElement) =>
        user.click(within(dialog).getByRole('button', { name: 'Cancel' })),
    ],
    ['Escape', (user: UserEvent) => user.keyboard('{Escape}')],
  ])('resolves false on %s, and gives the focus back', async (_how, dismiss) => {
    const { user, trigger, dialog } = await ask();
    await dismiss(user, dialog);
    expect(await screen.findByText('Answer: false')).toBeInTheDocument();
    await closed();
    expect(trigger).toHaveFocus();
  });

  it('shows progress while the confirmed action runs, and cannot be dismissed meanwhile', async () => {
    let finish = () => {};
    const action = () => new Promise<void>((resolve) => (finish = resolve));
    const { user, dialog } = await ask({ ...QUESTION, action });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Delete ci-deploy?' })).toBeInTheDocument();
    expect(screen.getByText('Answer: none yet')).toBeInTheDocument();
    finish();
    expect(await screen.findByText('Answer: true')).toBeInTheDocument();
    await closed();
  });

  it('closes and rejects with the error when the confirmed action fails', async () => {
    const action = () => Promise.reject(new Error('offline'));
    const { user, trigger, dialog } = await ask({ ...QUESTION, action });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Answer: failed: offline')).toBeInTheDocument();
    await closed();
    expect(trigger).toHaveFocus();
  });
});
