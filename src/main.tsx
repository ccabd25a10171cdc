import { StrictMode, startTransition } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { ConfigProblemPage } from './app/config-problem-page';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { prefetchPageData } from './app/shell/use-page-prefetch';
import { configureApiClient } from './lib/api/client';
import { loadRuntimeConfig, type RuntimeConfig } from './lib/api/config';
import { currentCredentials, paletteAuth, restoreCredentials } from './lib/session';

/** Starts the mock Palette's worker; resolves with the designer tools (scenario panel), loaded alongside. */
async function startMock() {
  const [{ startMockWorker }, designer] = await Promise.all([
    import('./mocks/browser'),
    import('./designer'),
  ]);
  await startMockWorker();
  return designer;
}

async function start(root: Root, config: RuntimeConfig) {
  if (config.backend === 'palette') restoreCredentials();
  // Loaded only when mocking, so a real-backend deployment downloads none of the mock nor its designer tools.
  const designer = config.backend === 'mock' ? await startMock() : undefined;
  configureApiClient({
    baseUrl: config.apiBaseUrl,
    ...(config.backend === 'palette' ? paletteAuth() : designer?.mockClientHooks()),
  });
  const queryClient = createQueryClient();
  // The page's first data goes out now, not after the first render; the shell shows where the mock
  // runs or a credential is there (else sign-in does, and asks for nothing).
  if (config.backend === 'mock' || currentCredentials())
    prefetchPageData(queryClient, window.location.pathname);
  const router = createAppRouter();
  // A transition renders in slices that yield to the browser: on the mock, the list's request
  // reaches the mock's handler (on this thread) between two slices instead of after the whole
  // first render, so its latency starts at once.
  startTransition(() =>
    root.render(
      <StrictMode>
        <App
          config={config}
          queryClient={queryClient}
          router={router}
          devPanel={designer && <designer.DesignerTools router={router} />}
        />
      </StrictMode>,
    ),
  );
}

/** Reads config.json and starts the console on it; a config it cannot use shows what is wrong, with Retry. */
async function boot(root: Root): Promise<void> {
  const outcome = await loadRuntimeConfig();
  if (outcome.ok) return start(root, outcome.config);
  root.render(
    <StrictMode>
      <ConfigProblemPage problem={outcome.problem} onRetry={() => boot(root)} />
    </StrictMode>,
  );
}

// Boots only in index.html. A page that imports the mock's chunk on its own (the bench's transport floor)
// also loads this entry, which holds modules the two share; there it must not start a console.
const container = document.getElementById('root');
if (container) void boot(createRoot(container));
