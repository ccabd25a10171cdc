import { useSyncExternalStore } from 'react';
import { mockControl } from '../mocks/control';
import type { DesignerState } from './scenario-url';

let cached: DesignerState | undefined;
let cachedKey = '';

/** The mock's settings now; the same object as long as they are the same (useSyncExternalStore). */
export function mockState(): DesignerState {
  const { failures, latency } = mockControl.scenario;
  const next: DesignerState = {
    persona: mockControl.persona,
    dataset: mockControl.dataset,
    latency,
    failures: [...failures],
  };
  const key = JSON.stringify(next);
  if (!cached || key !== cachedKey) {
    cached = next;
    cachedKey = key;
  }
  return cached;
}

const listeners = new Set<() => void>();

/** Tells the panel that the tools changed the mock. */
export function notifyMockChanged(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // The mock is also steered from outside the panel (`window.paletteMock` in the console, tests):
  // a cheap look every second keeps the panel true to it.
  const timer = setInterval(listener, 1000);
  return () => {
    listeners.delete(listener);
    clearInterval(timer);
  };
}

/** The mock's persona, dataset, latency and failures, kept current. */
export function useMockState(): DesignerState {
  return useSyncExternalStore(subscribe, mockState, mockState);
}
