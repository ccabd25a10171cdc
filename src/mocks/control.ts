import { isDatasetId, type DatasetId } from './data';
import { mockDb } from './db';
import { setTokenLifetime } from './handlers/auth';
import { resetRateLimit } from './handlers/common';
import { isPersonaId, type PersonaId } from './personas';
import { parseFailures, scenario, setScenario, type Scenario } from './scenario';

/**
 * Steers the mock tenant: persona, dataset, injected failures. Read by the URL parameters at boot,
 * by tests, and (in a browser) from the developer console as `window.paletteMock`.
 */
export const mockControl = {
  get persona(): PersonaId {
    return mockDb().persona;
  },
  get dataset(): DatasetId {
    return mockDb().dataset;
  },
  get scenario(): Scenario {
    return scenario();
  },
  signInAs(persona: PersonaId): void {
    mockDb().setPersona(persona);
  },
  /** Reseeds the tenant (with another dataset when given); every change is forgotten. */
  reset(dataset?: DatasetId): void {
    mockDb().reset(dataset);
    resetRateLimit();
  },
  setScenario(next: Partial<Scenario>): void {
    setScenario(next);
  },
  /** How long a token from `/v1/auth/authenticate` stays valid, in ms (Palette: about 15 minutes). */
  setTokenLifetime(ms: number): void {
    setTokenLifetime(ms);
  },
};

export type MockControl = typeof mockControl;

/** Applies `as`, `dataset`, `reset`, `fail` and `latency` from a URL; returns true when `reset` was there. */
export function applyUrlParameters(params: URLSearchParams): boolean {
  const as = params.get('as');
  if (isPersonaId(as)) mockControl.signInAs(as);
  const dataset = params.get('dataset');
  const resetAsked = params.has('reset');
  if (resetAsked) mockControl.reset(isDatasetId(dataset) ? dataset : undefined);
  else if (isDatasetId(dataset) && dataset !== mockControl.dataset) mockControl.reset(dataset);
  if (params.has('fail')) mockControl.setScenario({ failures: parseFailures(params.get('fail')) });
  if (params.has('latency')) {
    const latency = Number(params.get('latency'));
    mockControl.setScenario({
      latency: Number.isFinite(latency) && latency > 0 ? Math.min(latency, 10_000) : 0,
    });
  }
  return resetAsked;
}
