import { afterEach, describe, expect, it } from 'vitest';
import { networkStatus, reportReachable, reportUnreachable, subscribeNetworkStatus } from './network-status';

describe('network status', () => {
  afterEach(() => reportReachable());

  it('goes offline when a request gets no answer, and back when one does', () => {
    const seen: boolean[] = [];
    const unsubscribe = subscribeNetworkStatus(() => seen.push(networkStatus().offline));
    reportUnreachable();
    expect(networkStatus()).toEqual({ offline: true, reason: 'request' });
    reportUnreachable();
    reportReachable();
    expect(networkStatus()).toEqual({ offline: false, reason: null });
    expect(seen).toEqual([true, false]);
    unsubscribe();
  });

  it('follows the browser’s offline and online events', () => {
    const unsubscribe = subscribeNetworkStatus(() => undefined);
    window.dispatchEvent(new Event('offline'));
    expect(networkStatus()).toEqual({ offline: true, reason: 'browser' });
    window.dispatchEvent(new Event('online'));
    expect(networkStatus().offline).toBe(false);
    unsubscribe();
  });
});
