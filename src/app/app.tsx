import { CssBaseline, GlobalStyles } from '@mui/material';
import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { ConfirmProvider } from '../components/confirm/confirm-provider';
import { NotificationsProvider } from '../components/notifications/notifications-provider';
import { OfflineBanner } from '../components/offline-banner';
import type { RuntimeConfig } from '../lib/api/config';
import { RuntimeConfigProvider } from './runtime-config';
import { theme } from './theme';

const globalStyles = (
  <GlobalStyles
    styles={{
      '.skip-link': {
        position: 'absolute',
        left: 8,
        top: -48,
        zIndex: 2000,
        padding: '8px 12px',
        background: 'var(--mui-palette-background-paper)',
        color: 'var(--mui-palette-text-primary)',
        borderRadius: 4,
      },
      '.skip-link:focus': { top: 8 },
    }}
  />
);

export interface AppProps {
  config: RuntimeConfig;
  queryClient: QueryClient;
  router: ReturnType<typeof createBrowserRouter>;
  /** Tools beside the app, such as the mock's scenario panel (src/designer), loaded on demand. */
  devPanel?: ReactNode;
}

/** The composition root: providers (with the app-wide snackbar and confirmation) around the router. */
export function App({ config, queryClient, router, devPanel }: AppProps) {
  return (
    <RuntimeConfigProvider config={config}>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        {globalStyles}
        <QueryClientProvider client={queryClient}>
          {/* Outside the router: a notice outlives the page it came from, e.g. after a navigation. */}
          <NotificationsProvider>
            <ConfirmProvider>
              <RouterProvider router={router} />
            </ConfirmProvider>
          </NotificationsProvider>
          <OfflineBanner />
          {devPanel}
        </QueryClientProvider>
      </ThemeProvider>
    </RuntimeConfigProvider>
  );
}
