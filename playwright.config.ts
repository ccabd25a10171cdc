import { defineConfig, devices } from '@playwright/test';
import { findBrowserSync } from './scripts/ensure-browser.mjs';

// E2E_PORT lets several checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;
const BASE_URL = `http://localhost:${PORT}`;
const isCI = !!process.env.CI;

// `npm run test:e2e` runs scripts/ensure-browser.mjs first, which installs a Chromium when none is present.
// Without one, Playwright falls back to its own (possibly missing) build and says how to install it.
const executablePath = findBrowserSync();

/**
 * End-to-end tests run against the production build (`npm run build`, done by `npm test` before Playwright
 * starts, so CI builds once) served by `vite preview`, with the mock Palette worker.
 */
export default defineConfig({
  testDir: 'e2e',
  // The real-backend spec runs behind nginx with its own servers: `npm run test:real`.
  testIgnore: [/real-backend(-[\w-]+)?\.spec\.ts$/],
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    // Tracing every test costs about a quarter of the suite's time: a failed test is retried with a trace in
    // CI; locally, `--trace retain-on-failure` keeps one.
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--no-sandbox', // CI runs as root
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            // Containers often have a tiny /dev/shm; Chromium then crashes on large pages.
            '--disable-dev-shm-usage',
          ],
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
