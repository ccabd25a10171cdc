/**
 * Runs `step` in the browser's idle moments, one call per moment, for as long as it returns true.
 * Where `requestIdleCallback` is missing (Safari, jsdom) a short timer stands in. Returns a
 * function that stops it. On a busy machine the browser may never be idle: each step runs within half
 * a second anyway. For work ahead of need, such as warming caches, that must not delay input.
 */
export function runWhenIdle(step: () => boolean): () => void {
  const idle: (callback: () => void) => number =
    typeof requestIdleCallback === 'function'
      ? (callback) => requestIdleCallback(callback, { timeout: 500 })
      : (callback) => window.setTimeout(callback, 50);
  const cancel: (handle: number) => void =
    typeof cancelIdleCallback === 'function' ? cancelIdleCallback : (handle) => window.clearTimeout(handle);
  let handle = 0;
  const run = () => {
    if (step()) handle = idle(run);
  };
  handle = idle(run);
  return () => cancel(handle);
}
