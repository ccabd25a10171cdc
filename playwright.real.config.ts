import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { NGINX_URL, REAL_BACKEND } from './e2e/pages/real-backend';
import { findBrowserSync } from './scripts/ensure-browser.mjs';

const isCI = !!process.env.CI;
const executablePath = findBrowserSync();
const MOCK_URL = `http://127.0.0.1:${REAL_BACKEND.mockPort}`;
/** The build to serve: dist/, as `npm test` builds it (REAL_E2E_DIST points elsewhere, e.g. a private build). */
const DIST = process.env.REAL_E2E_DIST || 'dist';

/**
 * `npm run test:real`: the console on the real-backend path, over real HTTP. Debian's nginx, with the
 * shipped configuration (deploy/nginx/run.sh), serves the production build in dist/ (`npm run build`
 * first) with a runtime config.json that selects Palette, and proxies /v1 to the contract server
 * (scripts/mock-server.ts), which authenticates like Palette. scripts/ensure-nginx.mjs installs nginx
 * when it is missing.
 *
 * One worker: the tests share the contract server's tenant and its rate limit, as users of one Palette would.
 */
export default defineConfig({
  testDir: 'e2e',
  // The console behind nginx (real-backend.spec.ts), and the shipped nginx on its own (real-backend-*.spec.ts).
  testMatch: /real-backend(-[\w-]+)?\.spec\.ts$/,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 1,
  timeout: 60_000,
  // Folders of its own: `npm test` runs this suite beside the mock's, whose runner empties test-results/.
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report-real' }]],
  outputDir: 'test-results-real',
  use: {
    baseURL: NGINX_URL,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  projects: [
    {
      name: 'real-backend',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // Node with tsx's loader directly: one process, which Playwright stops at the end.
      command: 'node --import tsx scripts/mock-server.ts',
      env: {
        PORT: String(REAL_BACKEND.mockPort),
        MOCK_TOKEN_TTL_SECONDS: String(REAL_BACKEND.tokenTtlSeconds),
        MOCK_QUIET: '1',
      },
      // Any answer will do (a 401 without credentials): the server is up.
      url: `${MOCK_URL}/v1/users/info`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `bash deploy/nginx/run.sh --port ${REAL_BACKEND.nginxPort} --dist ${DIST} --runtime-dir ${path.join(
        os.tmpdir(),
        `palette-console-nginx-${REAL_BACKEND.nginxPort}`,
      )}`,
      env: { PALETTE_API_URL: MOCK_URL },
      url: `${NGINX_URL}/config.json`,
      reuseExistingServer: false,
      timeout: 20_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
