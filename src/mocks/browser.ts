import { setupWorker } from 'msw/browser';
import { applyUrlParameters, mockControl, type MockControl } from './control';
import { handlers } from './handlers';

declare global {
  interface Window {
    /** The mock's controls, for designers in the browser console and for end-to-end tests. */
    paletteMock?: MockControl;
  }
}

/** Starts the mock Palette in this tab: applies the URL's scenario, then intercepts `/v1`. */
export async function startMockWorker(): Promise<void> {
  const url = new URL(window.location.href);
  if (applyUrlParameters(url.searchParams)) {
    // `reset` acts once; leaving it in the URL would reset again on every reload.
    url.searchParams.delete('reset');
    window.history.replaceState(window.history.state, '', url);
  }
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // Absolute: with a relative base (the static demo) the page's <base> says where the build lives.
    serviceWorker: { url: new URL(`${import.meta.env.BASE_URL}mockServiceWorker.js`, document.baseURI).href },
  });
  window.paletteMock = mockControl;
}
