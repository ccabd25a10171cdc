// Runs in the page (added with addInitScript before any app code): timestamps for the benchmark.
// `window.__bench.firstRows` is when the first rows of the key table were painted, in ms from
// navigation start; `window.__bench.armed(type)` waits for the next `type` event (keydown,
// pointerdown) and resolves with the time from that event to the paint that shows its result.
export function installProbes() {
  const TABLE_ROWS = 'table[aria-label="API keys"] tbody tr';
  const afterPaint = (resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });

  /** What a user sees change: the rows shown, the counts and statuses announced. */
  const signature = () => {
    const rows = document.querySelectorAll(TABLE_ROWS);
    const firstRows = Array.from(rows)
      .slice(0, 3)
      .map((row) => row.textContent)
      .join('|');
    const statuses = Array.from(document.querySelectorAll('[role="status"]'))
      .map((status) => status.textContent)
      .join('|');
    return `${rows.length}|${firstRows}|${statuses}`;
  };

  const bench = {
    firstRows: undefined,
    longTasks: [],
    armed(type) {
      const before = signature();
      let started;
      const onEvent = (event) => {
        started ??= event.timeStamp;
      };
      document.addEventListener(type, onEvent, { capture: true, once: true });
      return new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (started === undefined || signature() === before) return;
          observer.disconnect();
          afterPaint((painted) => resolve(painted - started));
        });
        observer.observe(document.body, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
      });
    },
  };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const watchFirstRows = new MutationObserver(() => {
    // Real rows have a row header (the key's name); skeleton rows do not.
    if (!document.querySelector(`${TABLE_ROWS} th`)) return;
    watchFirstRows.disconnect();
    afterPaint((painted) => {
      bench.firstRows = painted;
    });
  });
  document.addEventListener('DOMContentLoaded', () =>
    watchFirstRows.observe(document.body, { childList: true, subtree: true }),
  );
}
