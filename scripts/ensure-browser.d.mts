/** Looks for a usable Chromium without installing anything; undefined when none is present. */
export function findBrowserSync(): string | undefined;

/** Returns the path of a usable Chromium, installing one (Playwright CDN, then apt) when none is present. */
export function ensureBrowser(): string;
