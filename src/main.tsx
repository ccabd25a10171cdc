import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { configureApiClient } from './lib/api/client';
import { loadRuntimeConfig } from './lib/api/config';
import { paletteAuth, restoreCredentials } from './lib/session';

/** Starts the mock Palette's worker; resolves with the designer tools (scenario panel), loaded alongside. */
async function startMock() {
  const [{ startMockWorker }, designer] = await Promise.all([
    import('./mocks/browser'),
    import('./designer'),
  ]);
  await startMockWorker();
  return designer;
}

async function boot() {
  const config = await loadRuntimeConfig();
  if (config.backend === 'palette') restoreCredentials();
  // Loaded only when mocking, so a real-backend deployment downloads none of the mock nor its designer tools.
  const designer = config.backend === 'mock' ? await startMock() : undefined;
  configureApiClient({
    baseUrl: config.apiBaseUrl,
    ...(config.backend === 'palette' ? paletteAuth() : designer?.mockClientHooks()),
  });
  const router = createAppRouter();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        config={config}
        queryClient={createQueryClient()}
        router={router}
        devPanel={designer && <designer.DesignerTools router={router} />}
      />
    </StrictMode>,
  );
}

void boot();
