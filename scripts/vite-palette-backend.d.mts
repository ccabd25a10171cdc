import type { Plugin } from 'vite';

/** `npm run dev:palette`: proxies `/v1` to $PALETTE_API_URL and serves a config.json selecting Palette. */
export function paletteBackend(): Plugin;
