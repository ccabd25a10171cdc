import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockControl } from '../../../mocks/control';
import { mockDb } from '../../../mocks/db';
import { PERSONAS } from '../../../mocks/personas';
import { renderApp } from '../../../test/render-app';

const TENANT = '/tenant-settings/api-keys';
const MINE = '/profile/api-keys';

function uidOf(name: string): string {
  const key = mockDb()
    .keys()
    .find((k) => k.name === name);
  if (!key) throw new Error(`no seeded key ${name}`);
  return key.uid;
}

/**
 * A key's page loads its own chunk on first use, which under a busy test run takes seconds; what
 * is asserted is what shows, not how soon.
 */
const SLOW = { timeout: 10_000 };

/** The value of a term in one of the page's field lists. */
function field(term: string): HTMLElement {
  const dt = screen.getAllByRole('term').find((t) => t.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no field ${term}`);
  return dd;
}

/** The entries of the History list, top to bottom, as "what · who". */
async function historyEntries(): Promise<string[]> {
  const list = await screen.findByRole('list', { name: 'History' }, SLOW);
  return within(list)
    .getAllByRole('listitem')
    .map((item) => {
      const [what, who] = [...item.children].map((line) => line.textContent ?? '');
      return `${what} · ${who?.split(' · ')[0]}`;
    });
}

describe("a key's own page", () => {
  it('shows every field, the owner and what the admin may do', async () => {
    const uid = uidOf('old-laptop');
    renderApp(`${TENANT}/${uid}`, { as: 'admin' });
    expect(await screen.findByRole('heading', { level: 1, name: 'old-laptop' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Tenant Settings');
    expect(field('Name')).toHaveTextContent('old-laptop');
    expect(field('Description')).toHaveTextContent('Revoked after the laptop was replaced');
    expect(within(field('UID')).getByRole('textbox', { name: 'UID' })).toHaveValue(uid);
    expect(field('Status')).toHaveTextContent('Revoked');
    expect(field('Expires')).toHaveTextContent(/in 40 days/);
    expect(field('Created')).toHaveTextContent(/50 days ago/);
    expect(field('Last modified')).toHaveTextContent(/ago/);
    expect(field('Owner')).toHaveTextContent('Ava Admin');
    await waitFor(() => expect(field("Owner's state")).toHaveTextContent('Active'));
    expect(field('Email')).toHaveTextContent('ava.admin@acme.example');
    expect(field('Last sign-in')).toHaveTextContent(/hour ago/);
    const actions = screen.getByRole('region', { name: 'What you can do' });
    for (const name of ['Edit', 'Re-activate', 'Delete'])
      expect(within(actions).getByRole('button', { name })).toBeEnabled();
    expect(within(actions).queryByRole('button', { name: 'View details' })).toBeNull();
  });

  it('lists the history newest first, with who did what', async () => {
    renderApp(`${TENANT}/${uidOf('old-laptop')}`, { as: 'admin' });
    expect(await historyEntries()).toEqual([
      'Revoked the API key · Ava Admin',
      'Created the API key · Ava Admin',
    ]);
  });

  it('pages through a long history with Load more, newest first throughout', async () => {
    const key = mockDb().key(uidOf('terraform-prod'))!;
    const start = Date.now() - 60 * 60_000;
    for (let i = 1; i <= 14; i++)
      mockDb().addAudit(
        {
          actionType: 'update',
          actionMsg: `Change number ${i}`,
          actorUid: PERSONAS.viewer.uid,
          keyUid: key.uid,
          keyName: key.name,
        },
        start + i * 60_000,
      );
    const { user } = renderApp(`${TENANT}/${key.uid}`, { as: 'admin' });
    const first = await historyEntries();
    expect(first).toHaveLength(10);
    expect(first[0]).toBe('Change number 14 · Vic Viewer');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    // The 14 changes, then the seeded past: an edit of the expiry and the creation.
    await waitFor(async () => expect(await historyEntries()).toHaveLength(16));
    const all = await historyEntries();
    expect(all.slice(0, 14)).toEqual(
      Array.from({ length: 14 }, (_, i) => `Change number ${14 - i} · Vic Viewer`),
    );
    expect(all.slice(14)).toEqual(['Changed the expiry · Ava Admin', 'Created the API key · Ava Admin']);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('tells a user without audit.list plainly that the history is not theirs to read', async () => {
    renderApp(`${MINE}/${uidOf('ci-deploy')}`, { as: 'user' });
    expect(await screen.findByRole('heading', { level: 1, name: 'ci-deploy' }, SLOW)).toBeInTheDocument();
    expect(await screen.findByText(/You can't see this key's history/, {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('My API Keys');
    expect(field('Owner')).toHaveTextContent('Uma User');
  });

  it("tells a reader of every key without audit.list the same (Noah's custom role)", async () => {
    renderApp(`${TENANT}/${uidOf('terraform-prod')}`, { as: 'auditor' });
    expect(await screen.findByText(/You can't see this key's history/, {}, SLOW)).toBeInTheDocument();
    const actions = screen.getByRole('region', { name: 'What you can do' });
    expect(within(actions).getByRole('button', { name: 'Edit' })).toBeDisabled();
  });

  it('says plainly when Palette recorded nothing for the key', async () => {
    mockControl.reset('at-limit');
    renderApp(`${TENANT}/${uidOf('automation-20')}`, { as: 'admin' });
    expect(
      await screen.findByText('Palette has recorded no history for this key.', {}, SLOW),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers Retry when the history fails, and the rest of the page stands', async () => {
    mockControl.setScenario({ failures: ['history'] });
    const { user } = renderApp(`${TENANT}/${uidOf('old-laptop')}`, { as: 'admin' });
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Could not load the history');
    expect(field('Status')).toHaveTextContent('Revoked');
    mockControl.setScenario({ failures: [] });
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await historyEntries()).toHaveLength(2);
  });

  it('names an owner who left the tenant "Former user", with the uid', async () => {
    renderApp(`${TENANT}/${uidOf('contractor-import')}`, { as: 'admin' });
    await screen.findByRole('heading', { level: 1, name: 'contractor-import' }, SLOW);
    await waitFor(() => expect(field('Owner')).toHaveTextContent('Former user'));
    expect(field('Owner')).toHaveTextContent(mockDb().key(uidOf('contractor-import'))!.ownerUid);
    expect(field("Owner's state")).toHaveTextContent('No longer in the tenant');
  });

  it('shows a not-found page with the way back for a key that does not exist', async () => {
    const { user, router } = renderApp(`${TENANT}/6541b2e0d00d0000000fffff`, { as: 'admin' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'API key not found' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getByText('This API key does not exist')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to API Keys' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(TENANT));
  });

  it('opens from the name in the row and goes back to the table as it was', async () => {
    const { user, router } = renderApp(`${TENANT}?q=legacy&sort=name&dir=desc`, { as: 'admin' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('link', { name: 'legacy-sync' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'legacy-sync' }, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(field("Owner's state")).toHaveTextContent('Deactivated'));
    await user.click(screen.getByRole('link', { name: 'Back to API Keys' }));
    await screen.findByRole('table', { name: 'API keys' });
    expect(router.state.location.pathname).toBe(TENANT);
    expect(router.state.location.search).toBe('?q=legacy&sort=name&dir=desc');
    expect(screen.getByRole('searchbox', { name: 'Search keys' })).toHaveValue('legacy');
  });

  it('opens from View details in the row menu', async () => {
    const { user } = renderApp(MINE, { as: 'user' });
    const table = await screen.findByRole('table', { name: 'API keys' });
    await user.click(within(table).getByRole('button', { name: 'Actions for local-dev' }));
    await user.click(screen.getByRole('menuitem', { name: 'View details' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'local-dev' }, SLOW)).toBeInTheDocument();
  });

  it('leaves for the table after Delete, and the history records the page’s own actions', async () => {
    const uid = uidOf('terraform-prod');
    const { user, router } = renderApp(`${TENANT}/${uid}`, { as: 'admin' });
    const actions = await screen.findByRole('region', { name: 'What you can do' }, SLOW);
    await user.click(within(actions).getByRole('button', { name: 'Revoke' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke' }));
    await waitFor(async () => expect((await historyEntries())[0]).toBe('Revoked the API key · Ava Admin'));
    expect(field('Status')).toHaveTextContent('Revoked');
    await user.click(within(actions).getByRole('button', { name: 'Delete' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(TENANT));
    expect(mockDb().key(uid)).toBeUndefined();
  });
});
