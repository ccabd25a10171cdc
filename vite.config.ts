/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { paletteBackend } from './scripts/vite-palette-backend.mjs';
import { previewMockConfig } from './scripts/vite-preview-mock-config.mjs';
import { staticDemo } from './scripts/vite-static-demo.mjs';

/**
 * The oldest browsers the build runs in: at or below the previous major of each supported browser,
 * so that an ESR Firefox or a Mac one macOS version behind still runs the console.
 */
const SUPPORTED_BROWSERS = ['chrome120', 'edge120', 'firefox115', 'safari17'];

export default defineConfig({
  // `npm run dev:palette`: proxies /v1 to $PALETTE_API_URL and serves a config.json selecting Palette.
  // `npm run build:demo`: the static demo with the mock inside, for any folder of any static host.
  // `npm run preview`: a config.json selecting the mock beside dist/ (the build itself holds none).
  plugins: [react(), paletteBackend(), staticDemo(), previewMockConfig()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    // The supported browsers (README, "Browsers"): no syntax newer than these, and src/test/browser-apis.test.ts
    // keeps out the APIs they lack (AbortSignal.any, Promise.withResolvers, Object.groupBy...).
    target: SUPPORTED_BROWSERS,
    sourcemap: false,
    // The manifest lets scripts/bundle-size.mjs tell what a page needs from what loads on demand.
    manifest: true,
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 20_000,
    pool: 'threads',
    // Every core: Vitest's default leaves one free, which on a 2-core machine runs the files one at a time.
    maxWorkers: '100%',
  },
});
