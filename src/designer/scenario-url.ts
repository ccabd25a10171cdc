import type { DatasetId } from '../mocks/data';
import type { PersonaId } from '../mocks/personas';
import type { FailureId } from '../mocks/scenario';

/** What the scenario panel sets, all of it carried by the URL (`as`, `dataset`, `latency`, `fail`). */
export interface DesignerState {
  persona: PersonaId;
  dataset: DatasetId;
  /** Extra milliseconds before each answer of the mock. */
  latency: number;
  failures: readonly FailureId[];
}

/** The URL parameters of a scenario; the mock reads them at boot (src/mocks/control.ts). */
export const SCENARIO_PARAMS = ['as', 'dataset', 'latency', 'fail'] as const;
/** One-shot parameters: `reset` reseeds the tab, `p` carries a deep link into the static demo. */
const ONE_SHOT_PARAMS = ['reset', 'p'];

/**
 * Writes `state` into `search`, keeping every other parameter (the table's `q`, `status`, `sort`...).
 * Every setting is written, also the defaults (`latency=0`, an empty `fail`), so that the URL opens the
 * same state in any tab, whatever that tab's mock remembers.
 */
export function withScenario(search: string | URLSearchParams, state: DesignerState): URLSearchParams {
  const params = new URLSearchParams(search);
  params.set('as', state.persona);
  params.set('dataset', state.dataset);
  params.set('latency', String(state.latency));
  params.set('fail', state.failures.join(','));
  return params;
}

export interface LinkTarget {
  /** `https://host` */
  origin: string;
  /** Where the console lives on that origin: `/`, or a folder such as `/demo`. */
  basename: string;
  /** The page as the browser shows it (the basename included), with its query and hash. */
  location: { pathname: string; search: string; hash: string };
}

function folder(basename: string): string {
  return basename.endsWith('/') ? basename : `${basename}/`;
}

/** `/demo/profile/api-keys` → `/profile/api-keys` under the basename `/demo`. */
export function routePath(pathname: string, basename: string): string {
  const base = basename.replace(/\/$/, '');
  if (!base) return pathname;
  if (pathname === base) return '/';
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
}

export interface ScenarioUrlOptions {
  /**
   * Point at the console's folder and pass the page in `p` (the static demo): a static host without a
   * fallback page serves the folder's index.html, never `/demo/profile/api-keys`.
   */
  rootForm?: boolean;
  /** Add `reset`: the tab's mock data starts again from the dataset's seed. */
  reset?: boolean;
}

/** This page in `state`: persona, dataset, latency and failures, and the page's own parameters. */
export function scenarioUrl(
  target: LinkTarget,
  state: DesignerState,
  { rootForm = false, reset = false }: ScenarioUrlOptions = {},
): string {
  const { origin, basename, location } = target;
  const params = new URLSearchParams();
  if (rootForm) params.set('p', routePath(location.pathname, basename));
  for (const [key, value] of withScenario('', state)) params.set(key, value);
  for (const [key, value] of new URLSearchParams(location.search))
    if (!(SCENARIO_PARAMS as readonly string[]).includes(key) && !ONE_SHOT_PARAMS.includes(key))
      params.append(key, value);
  // `reset` is a flag: the mock checks only that it is there.
  const query = `?${params.toString()}${reset ? '&reset' : ''}`;
  const path = rootForm ? folder(basename) : location.pathname;
  return `${origin}${path}${query}${location.hash}`;
}

/**
 * A link that opens this page in this state for anyone, starting from the dataset's seed (`reset`)
 * rather than from whatever their tab holds.
 */
export function shareableLink(target: LinkTarget, state: DesignerState, { rootForm = false } = {}): string {
  return scenarioUrl(target, state, { rootForm, reset: true });
}
