import { useCallback, useMemo } from 'react';
import type { createBrowserRouter } from 'react-router';
import type { DatasetId } from '../mocks/data';
import { mockControl } from '../mocks/control';
import type { PersonaId } from '../mocks/personas';
import type { FailureId } from '../mocks/scenario';
import { mockState, notifyMockChanged } from './use-mock-state';
import { routePath, scenarioUrl, withScenario, type DesignerState, type LinkTarget } from './scenario-url';

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export interface ScenarioActions {
  /** Signs in as `persona`: the page reloads, as after signing in. */
  setPersona: (persona: PersonaId) => void;
  /** Reseeds the tenant with `dataset`: the page reloads. */
  setDataset: (dataset: DatasetId) => void;
  setLatency: (latency: number) => void;
  setFailures: (failures: FailureId[]) => void;
  /** Forgets every change to the tab's mock data: the page reloads. */
  resetData: () => void;
}

/** The static demo reloads through its folder: a static host may have no page at the deep path. */
const DEMO = import.meta.env.VITE_DEMO === 'true';

function target(router: AppRouter): LinkTarget {
  return {
    origin: window.location.origin,
    basename: router.basename ?? '/',
    location: router.state.location,
  };
}

/**
 * The scenario panel's changes: each goes to the mock and into the URL (keeping the page's own
 * parameters). Persona and dataset change who is signed in and what exists, so the page reloads, as it
 * would after signing in; latency and failures apply to the next request, without losing anything.
 */
export function useScenarioActions(router: AppRouter): ScenarioActions {
  const replaceUrl = useCallback(
    (state: DesignerState) => {
      const { pathname, search, hash } = router.state.location;
      const next = withScenario(search, state);
      void router.navigate(
        // The router's location holds the basename; navigate() adds it again.
        { pathname: routePath(pathname, router.basename ?? '/'), search: `?${next.toString()}`, hash },
        { replace: true, preventScrollReset: true },
      );
    },
    [router],
  );

  const reloadWith = useCallback(
    (state: DesignerState) => {
      const url = scenarioUrl(target(router), state, { rootForm: DEMO });
      // Going to the very same URL with a #hash would only scroll: reload outright then.
      if (url === window.location.href) window.location.reload();
      else window.location.replace(url);
    },
    [router],
  );

  return useMemo(
    () => ({
      setPersona: (persona) => {
        mockControl.signInAs(persona);
        reloadWith({ ...mockState(), persona });
      },
      setDataset: (dataset) => {
        mockControl.reset(dataset);
        reloadWith({ ...mockState(), dataset });
      },
      setLatency: (latency) => {
        mockControl.setScenario({ latency });
        notifyMockChanged();
        replaceUrl(mockState());
      },
      setFailures: (failures) => {
        const wasOffline = mockControl.scenario.failures.includes('offline');
        mockControl.setScenario({ failures });
        notifyMockChanged();
        replaceUrl(mockState());
        // The mock's network comes back: say so the way a browser does when its connection returns.
        if (wasOffline && !failures.includes('offline')) window.dispatchEvent(new Event('online'));
      },
      resetData: () => {
        mockControl.reset();
        reloadWith(mockState());
      },
    }),
    [reloadWith, replaceUrl],
  );
}
