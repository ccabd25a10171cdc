import type { Plugin } from 'vite';

/** `npm run build:demo`: a static build with the mock inside, hostable in any folder of any static host. */
export function staticDemo(): Plugin;

/** The inline script of the demo's index.html and 404.html (exported for tests and review). */
export const DEMO_BOOT_SCRIPT: string;
