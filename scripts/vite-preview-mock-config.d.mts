import type { Plugin } from 'vite';

/** What `npm run preview` answers for config.json: the mock. */
export const PREVIEW_CONFIG: { backend: 'mock'; apiBaseUrl: string };

/** `npm run preview`: serves a config.json selecting the mock beside dist/ (never written into dist/). */
export function previewMockConfig(): Plugin;
