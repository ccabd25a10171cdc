import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { createQueryClient } from '../app/query-client';
import { theme } from '../app/theme';
import { configureApiClient } from '../lib/api/client';
import { DEFAULT_CONFIG } from '../lib/api/config';
import { fetchSession, SessionProvider } from '../lib/session';
import { mockControl } from '../mocks/control';
import type { PersonaId } from '../mocks/personas';

export interface RenderWithProvidersOptions {
  as?: PersonaId;
}

/** Where the "Elsewhere" link of the test page leads: a way to try leaving the page. */
export const ELSEWHERE_PATH = '/elsewhere';

/**
 * Renders `element` inside the app's providers (theme, a fresh QueryClient from the app's factory,
 * the session of a mock persona as fetched from the mock Palette, and a memory data router so that
 * `useBlocker` works), for components that no page renders yet. The page also holds an
 * "Elsewhere" link, to try leaving it.
 */
export async function renderWithProviders(
  element: ReactElement,
  { as = 'admin' }: RenderWithProvidersOptions = {},
) {
  mockControl.signInAs(as);
  configureApiClient({ baseUrl: DEFAULT_CONFIG.apiBaseUrl });
  const queryClient = createQueryClient({ forTests: true });
  const session = await fetchSession();
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <SessionProvider session={session}>
            <Link to={ELSEWHERE_PATH}>Elsewhere</Link>
            {element}
          </SessionProvider>
        ),
      },
      { path: ELSEWHERE_PATH, element: <h1>Elsewhere</h1> },
    ],
    { initialEntries: ['/'] },
  );
  const user = userEvent.setup();
  const result = render(
    <ThemeProvider theme={theme}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...result, user, queryClient, router, session };
}

/** Puts `text` into `field` as a paste: the same input events for a form, far faster than typing. */
export async function fill(user: UserEvent, field: HTMLElement, text: string): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
