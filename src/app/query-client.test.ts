import { focusManager, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { holdSecretOnScreen } from '../lib/session/secret-on-screen';
import { createQueryClient } from './query-client';

afterEach(() => focusManager.setFocused(undefined));

/** A stale query watched as a page would; counts its fetches. */
async function watchedQuery() {
  const client = createQueryClient();
  client.mount();
  const counter = { fetches: 0 };
  const count = () => ++counter.fetches;
  const observer = new QueryObserver(client, {
    queryKey: ['watched'],
    queryFn: count,
    staleTime: 0,
  });
  const unsubscribe = observer.subscribe(() => undefined);
  await observer.refetch();
  const before = counter.fetches;
  return {
    refetches: () => counter.fetches - before,
    stop: () => {
      unsubscribe();
      client.unmount();
    },
  };
}

/** The user leaves the tab (for a password manager, say) and comes back. */
async function leaveAndComeBack() {
  focusManager.setFocused(false);
  focusManager.setFocused(true);
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('refetch on window focus', () => {
  it('reloads what is on screen when the user comes back to the tab', async () => {
    const query = await watchedQuery();
    await leaveAndComeBack();
    expect(query.refetches()).toBe(1);
    query.stop();
  });

  it('pauses while a new key’s secret is on screen, and resumes after', async () => {
    const query = await watchedQuery();
    const release = holdSecretOnScreen();
    await leaveAndComeBack();
    expect(query.refetches()).toBe(0);
    release();
    await leaveAndComeBack();
    expect(query.refetches()).toBe(1);
    query.stop();
  });
});
