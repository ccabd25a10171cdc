import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { useTableQuery } from './use-table-query';
import { URL_WRITE_INTERVAL_MS } from './use-url-state';

/** A bare view of the table's state, with a control for each kind of change the table makes. */
function View() {
  const { query, setQuery, setSearch, clearFilters } = useTableQuery();
  return (
    <>
      <input aria-label="Search keys" value={query.q} onChange={(event) => setSearch(event.target.value)} />
      <output aria-label="View">
        {[
          `status=${query.status}`,
          `owner=${query.owner || '-'}`,
          `orphaned=${query.orphaned}`,
          `week=${query.week || '-'}`,
          `sort=${query.sort}`,
          `dir=${query.dir}`,
          `page=${query.page}`,
          `size=${query.pageSize}`,
        ].join(' ')}
      </output>
      <button onClick={() => setQuery({ sort: 'name', dir: 'asc', page: 1 })}>Sort by name</button>
      <button onClick={() => setQuery({ page: query.page + 1 })}>Next page</button>
      <button onClick={() => setQuery({ status: 'revoked' })}>Revoked tile</button>
      <button onClick={() => setQuery({ orphaned: !query.orphaned })}>Orphaned tile</button>
      <button onClick={() => setQuery({ owner: 'u-noah' })}>Owner Noah</button>
      <button onClick={() => setQuery({ week: '2026-11-30' })}>Week of Nov 30</button>
      <button onClick={() => setQuery({ pageSize: 100, page: 1 })}>100 rows</button>
      <button onClick={clearFilters}>Clear filters</button>
    </>
  );
}

const routers: ReturnType<typeof createMemoryRouter>[] = [];
afterEach(() => routers.splice(0).forEach((router) => router.dispose()));

function renderView(url: string) {
  const router = createMemoryRouter([{ path: '/keys', element: <View /> }], { initialEntries: [url] });
  routers.push(router);
  // Each location the router shows, as a user would see it in the address bar.
  const locations: string[] = [];
  router.subscribe((state) => locations.push(state.location.search));
  render(<RouterProvider router={router} />);
  const params = () => new URLSearchParams(router.state.location.search);
  return { router, locations, params, user: userEvent.setup() };
}

const view = () => screen.getByRole('status', { name: 'View' });
const searchBox = () => screen.getByRole('textbox', { name: 'Search keys' });
const DEFAULT_VIEW = 'status=all owner=- orphaned=false week=- sort=createdAt dir=desc page=1 size=25';
/** Past the throttle interval, so that the next click is written at once. */
const quiet = () => act(() => new Promise((resolve) => setTimeout(resolve, URL_WRITE_INTERVAL_MS + 20)));

describe('useTableQuery', () => {
  it('opens the view of a shared link, and falls back to defaults for garbage', () => {
    renderView(
      '/keys?q=ci&status=revoked&owner=u-1&orphaned=true&week=2026-11-30&sort=name&dir=asc&page=3&size=50',
    );
    expect(searchBox()).toHaveValue('ci');
    expect(view()).toHaveTextContent(
      'status=revoked owner=u-1 orphaned=true week=2026-11-30 sort=name dir=asc page=3 size=50',
    );
  });

  it('shows defaults for unknown or malformed parameters, without touching the URL', () => {
    const { router } = renderView(
      '/keys?status=bogus&page=-3&size=7&sort=nope&dir=up&orphaned=maybe&week=2026-13&as=admin',
    );
    expect(searchBox()).toHaveValue('');
    expect(view()).toHaveTextContent(DEFAULT_VIEW);
    expect(router.state.location.search).toBe(
      '?status=bogus&page=-3&size=7&sort=nope&dir=up&orphaned=maybe&week=2026-13&as=admin',
    );
  });

  it('shows each keystroke at once and writes the URL once typing has gone on a while, replacing the entry', async () => {
    const { router, locations, params } = renderView('/keys?as=admin&dataset=large');
    act(() => {
      for (const text of ['d', 'de', 'dep']) fireEvent.change(searchBox(), { target: { value: text } });
    });
    expect(searchBox()).toHaveValue('dep');
    // Not yet in the URL: the write waits out the interval.
    expect(params().get('q')).toBeNull();
    await waitFor(() => expect(params().get('q')).toBe('dep'));
    expect(locations).toEqual(['?as=admin&dataset=large&q=dep']);
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('writes each click as a step, and Back and Forward restore each view', async () => {
    const { router, params, user } = renderView('/keys?as=admin&latency=300');
    // Each click after a quiet spell is in the URL at once.
    const click = async (name: string) => {
      await quiet();
      await user.click(screen.getByRole('button', { name }));
    };
    await click('Sort by name');
    expect(params().get('sort')).toBe('name');
    await click('Revoked tile');
    expect(params().get('status')).toBe('revoked');
    await click('Orphaned tile');
    expect(params().get('orphaned')).toBe('true');
    await click('Owner Noah');
    expect(params().get('owner')).toBe('u-noah');
    expect(router.state.historyAction).toBe('PUSH');
    await click('Week of Nov 30');
    await click('Next page');
    expect(params().get('page')).toBe('2');
    await click('100 rows');
    expect(params().get('size')).toBe('100');
    fireEvent.change(searchBox(), { target: { value: 'ci' } });
    await waitFor(() => expect(params().get('q')).toBe('ci'));
    expect(params().get('as')).toBe('admin');
    expect(params().get('latency')).toBe('300');

    const tenantView = 'status=revoked owner=u-noah orphaned=true';
    const go = (delta: number) => act(() => router.navigate(delta));
    // Typing replaced the last step (100 rows): Back goes to page 2 with no search.
    await go(-1);
    expect(searchBox()).toHaveValue('');
    expect(view()).toHaveTextContent(`${tenantView} week=2026-11-30 sort=name dir=asc page=2 size=25`);
    await go(-1);
    expect(view()).toHaveTextContent(`${tenantView} week=2026-11-30 sort=name dir=asc page=1 size=25`);
    await go(-1);
    expect(view()).toHaveTextContent(`${tenantView} week=- sort=name`);
    await go(-1);
    expect(view()).toHaveTextContent('status=revoked owner=- orphaned=true week=- sort=name');
    await go(-1);
    expect(view()).toHaveTextContent('status=revoked owner=- orphaned=false week=- sort=name');
    await go(-1);
    expect(view()).toHaveTextContent('status=all owner=- orphaned=false week=- sort=name dir=asc page=1');
    await go(-1);
    expect(view()).toHaveTextContent(DEFAULT_VIEW);
    await go(4);
    expect(view()).toHaveTextContent(`${tenantView} week=- sort=name dir=asc page=1 size=25`);
    await go(3);
    expect(searchBox()).toHaveValue('ci');
    expect(view()).toHaveTextContent(`${tenantView} week=2026-11-30 sort=name dir=asc page=1 size=100`);
    // Restoring is reading, not writing: the history is left as it was.
    await quiet();
    expect(router.state.historyAction).toBe('POP');
    expect(params().get('q')).toBe('ci');
  });

  it('drops a write not made yet when Back changes the view first', async () => {
    const { router, params, user } = renderView('/keys?as=admin');
    await user.click(screen.getByRole('button', { name: 'Sort by name' }));
    expect(params().get('sort')).toBe('name');
    fireEvent.change(searchBox(), { target: { value: 'stale' } });
    await act(() => router.navigate(-1));
    expect(searchBox()).toHaveValue('');
    await quiet();
    expect(router.state.location.search).toBe('?as=admin');
    expect(view()).toHaveTextContent(DEFAULT_VIEW);
  });

  it('keeps what is being typed when other parameters of the URL change', async () => {
    const { router, params } = renderView('/keys?as=admin');
    fireEvent.change(searchBox(), { target: { value: 'dep' } });
    // The scenario panel sets the latency meanwhile, replacing the entry.
    await act(() => router.navigate('/keys?as=admin&latency=300', { replace: true }));
    expect(searchBox()).toHaveValue('dep');
    await waitFor(() => expect(params().get('q')).toBe('dep'));
    expect(params().get('latency')).toBe('300');
  });

  it('goes back to page 1 when a filter changes, and Clear filters keeps sort and size', async () => {
    const { params, user } = renderView('/keys?page=4&size=50&sort=name&dir=asc&status=active&q=ci');
    await user.click(screen.getByRole('button', { name: 'Owner Noah' }));
    expect(view()).toHaveTextContent(
      'status=active owner=u-noah orphaned=false week=- sort=name dir=asc page=1 size=50',
    );
    await quiet();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(searchBox()).toHaveValue('');
    expect(view()).toHaveTextContent(
      'status=all owner=- orphaned=false week=- sort=name dir=asc page=1 size=50',
    );
    expect(params().toString()).toBe('size=50&sort=name&dir=asc');
  });

  it('leaves the URL alone when a change changes nothing', async () => {
    const { locations, user } = renderView('/keys?sort=name&dir=asc');
    await user.click(screen.getByRole('button', { name: 'Sort by name' }));
    await quiet();
    expect(locations).toEqual([]);
  });
});
