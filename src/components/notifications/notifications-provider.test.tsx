import { Button } from '@mui/material';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NotificationsProvider } from './notifications-provider';
import { useNotify, type Notice } from './notify-context';

/** A page that sends the given notices, all in one click. */
function Sender({ notices }: { notices: readonly Notice[] }) {
  const notify = useNotify();
  return <Button onClick={() => notices.forEach(notify)}>Send</Button>;
}

function renderSender(notices: readonly Notice[]) {
  const user = userEvent.setup();
  render(
    <NotificationsProvider>
      <Sender notices={notices} />
    </NotificationsProvider>,
  );
  return { user, send: () => user.click(screen.getByRole('button', { name: 'Send' })) };
}

describe('the app-wide notifications', () => {
  it('shows two notices sent in a row one after the other, in order', async () => {
    const { send } = renderSender([
      { message: 'Revoked ci-deploy', severity: 'success' },
      { message: 'Could not delete local-dev: offline', severity: 'error' },
    ]);
    await send();
    const first = await screen.findByRole('alert');
    expect(first).toHaveTextContent('Revoked ci-deploy');
    // The second takes the first one's place after a moment: it is not lost, nor stacked.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Could not delete local-dev'), {
      timeout: 4000,
    });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.queryByText('Revoked ci-deploy')).not.toBeInTheDocument();
  });

  it('runs the action of a notice and closes it', async () => {
    const undo = vi.fn();
    const { user, send } = renderSender([
      { message: 'Revoked ci-deploy', action: { label: 'Undo', onClick: undo } },
    ]);
    await send();
    const notice = await screen.findByRole('alert');
    await user.click(within(notice).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('keeps a notice when the user clicks elsewhere, and closes it with its Close button', async () => {
    const { user, send } = renderSender([{ message: 'Saved ci-deploy' }]);
    await send();
    const notice = await screen.findByRole('alert');
    await user.click(document.body);
    expect(screen.getByRole('alert')).toHaveTextContent('Saved ci-deploy');
    await user.click(within(notice).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('shows the same message again when it is sent twice', async () => {
    const { send } = renderSender([{ message: 'Re-activated ci-deploy' }]);
    await send();
    const first = await screen.findByRole('alert');
    expect(first).toHaveTextContent('Re-activated ci-deploy');
    await send();
    // The first goes for the second, a notice of its own with its own timer: one on screen at a time.
    await waitFor(() => expect(first).not.toBeInTheDocument(), { timeout: 4000 });
    expect(screen.getByRole('alert')).toHaveTextContent('Re-activated ci-deploy');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });
});
