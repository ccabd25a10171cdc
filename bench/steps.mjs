import { FLOOR_PATH } from './floor.mjs';
import { installProbes } from './page-probes.mjs';

const PATH = '/tenant-settings/api-keys';
const TABLE_ROWS = 'table[aria-label="API keys"] tbody tr th';
const round = (ms) => Math.round(ms * 10) / 10;

async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(installProbes);
  const page = await context.newPage();
  return { context, page };
}

/** Opens the page and waits for the probe's first-rows time. */
async function open(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.firstRows !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => window.__bench.firstRows);
}

/** Arms the probe for the next `type` event, runs `act`, and returns event → painted result in ms. */
async function timed(page, type, act) {
  const result = page.evaluate((t) => window.__bench.armed(t), type);
  // Let the probe attach its listener before the input arrives.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  await act();
  return round(await result);
}

/** Where the time to the first rows goes, from the resource timing of the list and the mock's mark. */
function breakdown(page, firstRows) {
  return page.evaluate((first) => {
    const list = performance
      .getEntriesByType('resource')
      .find((entry) => new URL(entry.name).pathname === '/v1/apiKeys');
    const mock = performance.getEntriesByName('mock: GET /v1/apiKeys').at(-1);
    if (!list) return {};
    return {
      listRequestStart: list.startTime,
      mockHandler: mock?.duration,
      listTransfer: list.responseEnd - list.startTime - (mock?.duration ?? 0),
      clientAfterResponse: first - list.responseEnd,
    };
  }, firstRows);
}

/** Opens the bare transport-floor page on the same origin and returns when it painted the count. */
async function openFloor(page, base, html) {
  await page.route(`${base}${FLOOR_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.goto(`${base}${FLOOR_PATH}`);
  await page.waitForFunction(() => window.__floor !== undefined, null, { timeout: 60_000 });
  const { painted, keys } = await page.evaluate(() => window.__floor);
  if (keys !== 20_000) throw new Error(`The floor page received ${keys} keys, not 20,000`);
  return painted;
}

/** The page's `/v1` requests in start order: path (uids as `{uid}`), start and end in ms from navigation. */
function waterfall(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => ({ url: new URL(entry.name), entry }))
      .filter(({ url }) => url.pathname.startsWith('/v1/'))
      .map(({ url, entry }) => ({
        path: url.pathname.replace(/\/[0-9a-f]{24}(?=\/|$)/g, '/{uid}'),
        start: Math.round(entry.startTime),
        end: Math.round(entry.responseEnd),
      }))
      .sort((a, b) => a.start - b.start),
  );
}

/**
 * The slow network: each mock answer 300 ms late (`?latency=300`), on a visit after the first (the
 * worker installed, the tab seeded). First rows, when GET /v1/apiKeys started, and which `/v1`
 * requests started before it (the budget: none; config.json and static assets are not `/v1`).
 */
export async function measureSlowNetwork(browser, base) {
  const { context, page } = await newPage(browser);
  try {
    await open(page, `${base}${PATH}?as=admin&dataset=large&reset`);
    const firstRows = await open(page, `${base}${PATH}?as=admin&dataset=large&latency=300`);
    const requests = await waterfall(page);
    const list = requests.find((r) => r.path === '/v1/apiKeys');
    const before = list ? requests.filter((r) => r !== list && r.start < list.start) : [];
    return {
      slowFirstRows: round(firstRows),
      slowListRequestStart: list?.start,
      slowRequestsBeforeList: list ? before.length : undefined,
      waterfall: requests,
    };
  } finally {
    await context.close();
  }
}

/** Types `text` a key at a time at a brisk typing pace; returns the worst keystroke-to-paint and longest task. */
async function typingSmoothness(page, search, text) {
  await page.evaluate(() => {
    window.__typing = { events: [], from: performance.now() };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name.startsWith('key'))
          window.__typing.events.push({
            name: e.name,
            start: e.startTime,
            duration: e.duration,
            delay: e.processingStart - e.startTime,
          });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  await search.pressSequentially(text, { delay: 120 });
  // Let the last keystroke's filtering and paint happen before reading.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 400)));
  return page.evaluate(() => {
    const { events, from } = window.__typing;
    const tasks = window.__bench.longTasks.filter((t) => t.start >= from);
    return {
      typingWorstKeyToPaint: Math.max(0, ...events.map((e) => e.duration)),
      typingMaxInputDelay: Math.max(0, ...events.map((e) => e.delay)),
      typingLongestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  });
}

/**
 * One run in a fresh context: the first visit (installs the mock worker and seeds 20,000 keys), the
 * transport floor (when `floorHtml` is given), a second visit (the measured first rows), the heap,
 * then each interaction of the budget.
 */
export async function measureRun(browser, base, floorHtml) {
  const { context, page } = await newPage(browser);
  try {
    const firstRowsFirstVisit = await open(page, `${base}${PATH}?as=admin&dataset=large&reset`);
    await page.locator(TABLE_ROWS).first().waitFor();
    const floor = floorHtml ? await openFloor(page, base, floorHtml) : undefined;
    const firstRows = await open(page, `${base}${PATH}?as=admin&dataset=large`);
    const sample = { firstRowsFirstVisit: round(firstRowsFirstVisit), firstRows: round(firstRows) };
    if (floor !== undefined)
      Object.assign(sample, { floor: round(floor), firstRowsOverFloor: round(firstRows - floor) });
    Object.assign(sample, await breakdown(page, firstRows));
    // Let the tiles, chart and idle work settle before weighing the heap.
    await page.getByRole('group', { name: 'Expiring per week' }).waitFor();
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    sample.heapMb = round((await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6);

    const search = page.getByRole('searchbox', { name: 'Search keys' });
    await search.focus();
    sample.searchKeystroke = await timed(page, 'keydown', () => page.keyboard.press('d'));
    await search.fill('');
    await page.getByText('20,000 keys', { exact: true }).waitFor();
    Object.assign(sample, await typingSmoothness(page, search, 'deploy-prod'));
    await page.getByRole('button', { name: 'Clear search' }).click();
    await page.getByText('20,000 keys', { exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Status' }).click();
    const revoked = page.getByRole('option', { name: 'Revoked', exact: true });
    sample.statusFilter = await timed(page, 'pointerdown', () => revoked.click());
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'All', exact: true }).click();
    await page.getByText('20,000 keys', { exact: true }).waitFor();

    const nameHeader = page.getByRole('columnheader', { name: 'Name' }).getByRole('button');
    sample.sortToggle = await timed(page, 'pointerdown', () => nameHeader.click());

    const next = page.getByRole('button', { name: 'Go to next page' });
    sample.pageChange = await timed(page, 'pointerdown', () => next.click());

    await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check();
    const all = page.getByRole('button', { name: /^Select all [\d,]+ matching keys$/ });
    sample.selectAllMatching = await timed(page, 'pointerdown', () => all.click());
    await page.getByText('20,000 keys selected', { exact: true }).waitFor();
    return sample;
  } finally {
    await context.close();
  }
}

/**
 * Revokes 200 active keys through the UI (two pages of 100, one confirmation) and times it from the
 * confirming click to the results, counting 429 answers (each is retried by the queue) and sampling
 * the progress bar twice a second to see that it moves throughout.
 */
export async function measureBulkRevoke(browser, base) {
  const { context, page } = await newPage(browser);
  try {
    await open(page, `${base}${PATH}?as=admin&dataset=large&reset&status=active&size=100`);
    const selectPage = page.getByRole('checkbox', { name: 'Select all keys on this page' });
    await selectPage.check();
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await page.getByText('101–200', { exact: false }).waitFor();
    await selectPage.check();
    await page.getByText('200 keys selected', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Bulk actions' }).getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke 200 keys?' });
    let throttled = 0;
    page.on('response', (response) => {
      if (response.status() === 429 && new URL(response.url()).pathname.startsWith('/v1/apiKeys'))
        throttled += 1;
    });
    const finished = page.getByRole('heading', { name: /^Revoked [\d,]+ of 200 keys$/ });
    const started = Date.now();
    await dialog.getByRole('button', { name: 'Revoke 200 keys' }).click();
    let ended = 0;
    const done = finished.waitFor({ timeout: 120_000 }).then(() => {
      ended = Date.now();
    });
    // Meanwhile, twice a second: the progress bar's value, to see it move throughout.
    const progress = new Set();
    while (!ended) {
      const value = await page
        .getByRole('progressbar')
        .getAttribute('aria-valuenow', { timeout: 1000 })
        .catch(() => null);
      if (value !== null) progress.add(value);
      await Promise.race([done, page.evaluate(() => new Promise((r) => setTimeout(r, 500)))]);
    }
    await done;
    const seconds = (ended - started) / 1000;
    const revoked = Number((await finished.textContent()).match(/^Revoked ([\d,]+)/)[1].replace(/,/g, ''));
    return {
      bulkRevokeSeconds: round(seconds),
      bulk429Handled: throttled,
      bulkFailed: 200 - revoked,
      bulkProgressSamples: progress.size,
    };
  } finally {
    await context.close();
  }
}
