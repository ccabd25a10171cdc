/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { paletteBackend } from './scripts/vite-palette-backend.mjs';
import { previewMockConfig } from './scripts/vite-preview-mock-config.mjs';
import { staticDemo } from './scripts/vite-static-demo.mjs';

export default defineConfig({
  // `npm run dev:palette`: proxies /v1 to $PALETTE_API_URL and serves a config.json selecting Palette.
  // `npm run build:demo`: the static demo with the mock inside, for any folder of any static host.
  // `npm run preview`: a config.json selecting the mock beside dist/ (the build itself holds none).
  plugins: [react(), paletteBackend(), staticDemo(), previewMockConfig()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
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
  },
});
