import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { renderApp } from '../../../test/render-app';

interface Download {
  name: string;
  text: string;
}

/**
 * The files the page hands to the browser. jsdom has no object URLs and does not download: the
 * blob is kept by its URL, and the link's click is where the browser would save the file.
 */
function captureDownloads(): Download[] {
  const blobs = new Map<string, Blob>();
  const downloads: Download[] = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = (url: string) => void blobs.delete(url);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (!blob) return;
    // jsdom's Blob has no text(); its FileReader reads it.
    const reader = new FileReader();
    reader.onload = () => downloads.push({ name: this.download, text: String(reader.result) });
    reader.readAsText(blob);
  });
  return downloads;
}

/** The key count the toolbar announces ("4 keys"). */
async function viewCount(): Promise<number> {
  const status = await screen.findByText(/^\d[\d,]* keys?$/);
  return Number(status.textContent!.replace(/\D/g, ''));
}

let downloads: Download[];
beforeEach(() => {
  downloads = captureDownloads();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('Export in the key table toolbar', () => {
  it('offers CSV and JSON with the count of the view, and downloads every key of it', async () => {
    const { user } = renderApp('/profile/api-keys', { as: 'user' });
    await screen.findByRole('table', { name: 'API keys' });
    const count = await viewCount();
    const button = screen.getByRole('button', { name: 'Export' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));

    await user.click(button);
    const menu = screen.getByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.textContent)).toEqual([
      `CSVFor spreadsheets · ${count} keys`,
      `JSONFor scripts · ${count} keys`,
    ]);

    await user.click(within(menu).getByRole('menuitem', { name: /JSON/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    const [file] = downloads;
    expect(file!.name).toMatch(/^my-api-keys-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.json$/);
    const records = JSON.parse(file!.text) as { ownerName: string; ownerState: string }[];
    expect(records).toHaveLength(count);
    for (const record of records)
      expect(record).toMatchObject({ ownerName: 'Uma User', ownerState: 'active' });
  });

  it('exports the filtered view of the tenant page as CSV, one line per key of it', async () => {
    const { user } = renderApp('/tenant-settings/api-keys?pageSize=25&status=active', { as: 'admin' });
    await screen.findByRole('table', { name: 'API keys' });
    const count = await viewCount();
    const button = screen.getByRole('button', { name: 'Export' });
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: /CSV/ }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [file] = downloads;
    expect(file!.name).toMatch(/^api-keys-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = file!.text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(count + 1);
    for (const line of lines.slice(1)) expect(line).toMatch(/,(Active|Expiring soon),/);
  });

  it("is refused with the reason while the owners' details load, then offered", async () => {
    // Slow answers: on the tenant page the users are asked for after the list, so the rows show first.
    mockControl.setScenario({ latency: 1500 });
    renderApp('/tenant-settings/api-keys', { as: 'admin' });
    await screen.findByRole('table', { name: 'API keys' }, { timeout: 10_000 });
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/Loading the owners/);
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 10_000 });
    expect(button).not.toHaveAccessibleDescription(/Loading/);
  }, 30_000);

  it('is refused with the reason while nothing matches the filters', async () => {
    const { user } = renderApp('/profile/api-keys?q=no-such-key-anywhere', { as: 'user' });
    expect(await screen.findByText('No keys match your filters')).toBeInTheDocument();
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAccessibleDescription(/nothing to export/);
    await user.click(button);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(downloads).toHaveLength(0);
  });
});
