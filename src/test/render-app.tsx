import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../app/app';
import { createQueryClient } from '../app/query-client';
import { routeObjects } from '../app/router';
import { configureApiClient } from '../lib/api/client';
import { DEFAULT_CONFIG, type RuntimeConfig } from '../lib/api/config';
import { paletteAuth } from '../lib/session';
import type { DatasetId } from '../mocks/data';
import { mockControl } from '../mocks/control';
import type { PersonaId } from '../mocks/personas';

export interface RenderAppOptions {
  as?: PersonaId;
  dataset?: Exclude<DatasetId, 'large'> | 'large';
  /** The runtime configuration; the mock unless told. With `backend: 'palette'` the tab's credential is used. */
  config?: RuntimeConfig;
}

/**
 * Renders the real app (routes, providers, guard, shell) at `path`, signed in as a mock persona,
 * against the mock Palette served by msw/node. A fresh QueryClient from the app's own factory.
 */
export function renderApp(
  path: string,
  { as = 'admin', dataset, config = DEFAULT_CONFIG }: RenderAppOptions = {},
) {
  mockControl.signInAs(as);
  if (dataset && dataset !== mockControl.dataset) mockControl.reset(dataset);
  configureApiClient({ baseUrl: config.apiBaseUrl, ...(config.backend === 'palette' ? paletteAuth() : {}) });
  const queryClient = createQueryClient({ forTests: true });
  const router = createMemoryRouter(routeObjects(), { initialEntries: [path] });
  const user = userEvent.setup();
  const result = render(<App config={config} queryClient={queryClient} router={router} />);
  return { ...result, user, router, queryClient };
}
