import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { SIGN_IN_PATH } from '../features/sign-in';
import { AppShell } from './shell/app-shell';
import { RequireCapability } from './shell/require-capability';
import { RequireSignIn } from './shell/require-sign-in';
import { SignInRoute } from './sign-in-route';
import { NotFoundPage, RouteErrorPage } from './error-pages';
import { HOME_PATH, PAGES } from './routes';

export function routeObjects(): RouteObject[] {
  return [
    { path: SIGN_IN_PATH, element: <SignInRoute />, errorElement: <RouteErrorPage /> },
    {
      element: (
        <RequireSignIn>
          <AppShell />
        </RequireSignIn>
      ),
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <Navigate to={HOME_PATH} replace /> },
        ...PAGES.map(({ path, capability, Component, Placeholder }) => ({
          path,
          element: (
            <RequireCapability capability={capability} Placeholder={Placeholder}>
              <Component />
            </RequireCapability>
          ),
        })),
        ...PAGES.flatMap(({ path, capability, nav, ItemPage }) =>
          ItemPage
            ? [
                {
                  path: `${path}/:uid`,
                  element: (
                    <RequireCapability capability={capability}>
                      <ItemPage listPath={path} listLabel={nav.label} section={nav.section} />
                    </RequireCapability>
                  ),
                },
              ]
            : [],
        ),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}

/**
 * Where the console lives: the build's base (`/`), or, for a build with a relative base (the static
 * demo, `base: './'`, hostable in any folder), the folder of the page's `<base>` set by its index.html.
 */
function basename(): string {
  const base = import.meta.env.BASE_URL;
  const path = base.startsWith('/') ? base : new URL(base, document.baseURI).pathname;
  return path.replace(/\/$/, '') || '/';
}

export function createAppRouter() {
  return createBrowserRouter(routeObjects(), { basename: basename() });
}
