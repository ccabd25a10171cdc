import { readFileSync } from 'node:fs';

/** Where the bench serves its bare page, on the preview's own origin (the mock worker's scope). */
export const FLOOR_PATH = '/__bench/transport-floor';

/**
 * The transport floor: a bare page that starts the build's own mock worker (the `src/mocks/browser.ts`
 * chunk, found through the build's manifest), fetches the same `/v1/apiKeys` as the console (20,000 keys
 * in the tab's `large` dataset) and paints their count. No React, no session, no config.json: what is
 * left when the console adds nothing. `window.__floor` is when the count was painted, in ms from
 * navigation start. Returns null when the build has no manifest.
 */
export function floorPage(dist) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
  } catch {
    return null;
  }
  const chunk = manifest['src/mocks/browser.ts']?.file;
  if (!chunk) return null;
  return `<!doctype html>
<html lang="en"><head><meta charset="UTF-8" /><title>Transport floor</title></head>
<body><p id="count">Loading…</p>
<script type="module">
  const { startMockWorker } = await import(${JSON.stringify(`/${chunk}`)});
  await startMockWorker();
  const answer = await fetch('/v1/apiKeys');
  const { items } = await answer.json();
  document.getElementById('count').textContent = items.length + ' keys';
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.__floor = { painted: performance.now(), keys: items.length };
    };
    channel.port2.postMessage(null);
  });
</script>
</body></html>`;
}
