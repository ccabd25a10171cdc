import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findBrowserSync } from '../../scripts/ensure-browser.mjs';

// E2E_PORT lets several checkouts on one machine run their suites side by side.
const PORT = Number(process.env.E2E_PORT) || 4173;
const BASE_URL = `http://localhost:${PORT}`;
const executablePath = findBrowserSync();

/**
 * `npm run flows`: walks every flow and state of the console on the mock, for each persona in the light
 * and dark theme, and writes a screenshot per state and a gallery (flows/index.html). Not a test suite:
 * `npm test` only checks that the generator runs (`npm run flows:smoke`, the flows tagged @smoke).
 * Runs against the production build (`vite build`, done by `npm run flows`) served by `vite preview`.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.flow.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 3,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Inside the gallery's folder: the main suite's run empties test-results/ when it starts.
  outputDir: resolve(process.env.FLOWS_DIR ?? 'flows', '.playwright'),
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 800 },
    permissions: ['clipboard-read', 'clipboard-write'],
    trace: 'retain-on-failure',
  },
  projects: ['light', 'dark'].map((theme) => ({
    name: theme,
    use: {
      ...devices['Desktop Chrome'],
      viewport: { width: 1280, height: 800 },
      colorScheme: theme as 'light' | 'dark',
      launchOptions: {
        ...(executablePath ? { executablePath } : {}),
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      },
    },
  })),
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    cwd: '../..',
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
