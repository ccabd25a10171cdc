#!/usr/bin/env node
// `npm run bench`: the tenant page on 20,000 keys (`?as=admin&dataset=large`), measured with Playwright
// and Chromium against the production build in dist/ (run `npm run build` first). Five runs, each in a
// fresh browser context, and as many on a slow network (`?latency=300`); prints a table of medians and
// worst values against the budgets of issues 4 and 11, with the transport floor measured in the same
// run (bench/floor.mjs), and the slow network's request waterfall; writes the figures to bench/results/.
// Four figures are taken in Node (bench/node-figures.ts): building the large seed, sorting its
// 20,000 rows, and exporting them as CSV and as JSON. Options:
//   --runs N        runs (default 5)
//   --quick         skip the bulk revoke step (what `npm test` runs, with --runs 1)
//   --bulk-runs N   bulk revokes of 200 keys, each in its own context (default 1)
//   --slow-runs N   slow-network runs (`?latency=300`), each in its own context (default: --runs)
//   --dist DIR      the build to serve (default dist)
//   --base URL      measure a server that is already running instead of starting `vite preview`
//   --strict        exit with 1 when a median is over its budget
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowserSync } from '../scripts/ensure-browser.mjs';
import { freePort } from '../scripts/free-port.mjs';
import { floorPage } from './floor.mjs';
import { measureBulkRevoke, measureRun, measureSlowNetwork } from './steps.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const quick = args.includes('--quick');
const runs = Number(option('runs', '5'));
const bulkRuns = quick ? 0 : Number(option('bulk-runs', '1'));
const slowRuns = Number(option('slow-runs', String(runs)));
const dist = option('dist', 'dist');

/** The extra that the console may add to the transport floor before its first rows (issue 11). */
const OVER_FLOOR_BUDGET = 150;

/** Budgets (issues 4 and 11): times in ms, heap in MB. */
const METRICS = [
  ['firstRows', 'First rows, navigation start → rows painted (ms)', 1000],
  ['firstRowsFirstVisit', '  first visit (mock worker installs, seeds) (ms)', null],
  ['listRequestStart', '  of which: boot until GET /v1/apiKeys (ms)', null],
  ['mockHandler', '  of which: mock builds the 12.5 MB answer (ms)', null],
  ['listTransfer', '  of which: worker → page transfer (ms)', null],
  ['clientAfterResponse', '  of which: parse, map, derive, render (ms)', null],
  ['floor', 'Transport floor: bare page, same 20,000 keys via MSW (ms)', null],
  ['firstRowsOverFloor', `First rows − floor, same run (ms)`, OVER_FLOOR_BUDGET],
  ['heapMb', 'JS heap after load, after GC (MB)', 100],
  ['searchKeystroke', 'Search keystroke → updated rows (ms)', 50],
  ['typingWorstKeyToPaint', 'Typing: worst keystroke → its paint (ms)', 50],
  ['typingMaxInputDelay', '  worst input delay of a keystroke (ms)', null],
  ['typingLongestTask', 'Typing: longest task over 50 ms (0: none) (ms)', 50],
  ['statusFilter', 'Status filter change → updated rows (ms)', 100],
  ['sortToggle', 'Sort toggle → updated rows (ms)', 100],
  ['pageChange', 'Page change → updated rows (ms)', 100],
  ['selectAllMatching', 'Select all matching (20,000) → shown (ms)', 100],
];
const SLOW_METRICS = [
  ['slowFirstRows', 'Slow network (?latency=300): first rows (ms)', 1000],
  ['slowListRequestStart', '  GET /v1/apiKeys starts at (ms)', null],
  ['slowRequestsBeforeList', '  /v1 requests started before it (count)', 0],
];
const BULK_METRICS = [
  ['bulkRevokeSeconds', 'Bulk revoke of 200 keys, confirm → results (s)', 22],
  ['bulk429Handled', '  429 answers, each retried (count)', null],
  ['bulkFailed', '  keys not revoked (count)', 0],
  ['bulkProgressSamples', '  progress updates seen, sampled every 0.5 s', null],
];

/** The limits the unit tests used to assert with a stopwatch, now figures of the bench (see node-figures.ts). */
const NODE_METRICS = [
  ['seedLargeMs', 'Large seed built in Node: 1,000 users, 20,000 keys (ms)', 2000],
  ['sortRowsMs', 'Sort of 20,000 rows by owner, then created, in Node (ms)', 1000],
  ['exportCsvMs', 'Export of 20,000 rows as CSV, rows → file text, in Node (ms)', 1000],
  ['exportJsonMs', 'Export of 20,000 rows as JSON, rows → file text, in Node (ms)', 1000],
];

/** Runs bench/node-figures.ts in its own Node (tsx loads the TypeScript) and returns a sample per run. */
function measureInNode() {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/node-figures.ts', String(runs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`bench/node-figures.ts exited with ${child.status}`);
  return JSON.parse(child.stdout);
}

async function startPreview() {
  if (!existsSync(`${dist}/index.html`)) {
    console.error(`No build in ${dist}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return { base, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-child.pid);
  throw new Error('vite preview did not start');
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function summarise(samples, metrics) {
  return Object.fromEntries(
    metrics.map(([key, label, budget]) => {
      const values = samples.map((s) => s[key]).filter((v) => typeof v === 'number');
      if (values.length === 0) return [key, { label, budget, values, median: null, worst: null, ok: null }];
      const m = median(values);
      const worst = Math.max(...values);
      return [key, { label, budget, values, median: m, worst, ok: budget === null ? null : m <= budget }];
    }),
  );
}

function print(summary) {
  const fmt = (v) => (v === null ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(1));
  const rows = Object.values(summary).map((s) => [
    s.label,
    fmt(s.median),
    fmt(s.worst),
    s.budget === null ? '' : `≤ ${s.budget}`,
    s.ok === null ? '' : s.ok ? 'ok' : 'OVER',
  ]);
  const head = ['metric', 'median', 'worst', 'budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

// First, before a browser and a server compete with it for the CPU.
const nodeSamples = measureInNode();
console.log(`in Node: ${JSON.stringify(nodeSamples)}`);
const server = args.includes('--base') ? { base: option('base'), stop: () => {} } : await startPreview();
const executablePath = findBrowserSync();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info'],
});
const floorHtml = floorPage(dist);
if (!floorHtml)
  console.log(`No ${dist}/.vite/manifest.json naming src/mocks/browser.ts: no transport floor.`);
const samples = [];
const slowSamples = [];
const bulkSamples = [];
try {
  for (let run = 1; run <= runs; run++) {
    const sample = await measureRun(browser, server.base, floorHtml);
    samples.push(sample);
    console.log(`run ${run}/${runs}: ${JSON.stringify(sample)}`);
  }
  for (let run = 1; run <= slowRuns; run++) {
    const { waterfall, ...sample } = await measureSlowNetwork(browser, server.base);
    slowSamples.push({ ...sample, waterfall });
    console.log(`slow ${run}/${slowRuns}: ${JSON.stringify(sample)}`);
  }
  for (let run = 1; run <= bulkRuns; run++) {
    const sample = await measureBulkRevoke(browser, server.base);
    bulkSamples.push(sample);
    console.log(`bulk ${run}/${bulkRuns}: ${JSON.stringify(sample)}`);
  }
} finally {
  await browser.close();
  server.stop();
}

const summary = {
  ...summarise(samples, METRICS),
  ...(slowRuns ? summarise(slowSamples, SLOW_METRICS) : {}),
  ...(bulkRuns ? summarise(bulkSamples, BULK_METRICS) : {}),
  ...summarise(nodeSamples, NODE_METRICS),
};
console.log(
  `\nTenant page, 20,000 keys: ${runs} run(s), ${slowRuns} on the slow network, medians and worst${quick ? ' (quick pass)' : ''}\n`,
);
print(summary);
const slowest = [...slowSamples].sort((a, b) => a.slowFirstRows - b.slowFirstRows)[
  Math.floor(slowSamples.length / 2)
];
if (slowest) {
  console.log(
    `\nSlow network waterfall (the median run, first rows at ${slowest.slowFirstRows} ms): /v1 requests, ms`,
  );
  for (const r of slowest.waterfall)
    console.log(`  ${String(r.start).padStart(5)} → ${String(r.end).padStart(5)}  ${r.path}`);
}
const result = {
  date: new Date().toISOString(),
  runs,
  quick,
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  summary,
  samples,
  slowSamples,
  bulkSamples,
  nodeSamples,
};
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/bench-${result.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
writeFileSync('bench/results/latest.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nWritten to ${file} (and bench/results/latest.json).`);
const over = Object.values(summary).filter((s) => s.ok === false);
if (over.length > 0) console.log(`Over budget: ${over.map((s) => s.label.trim()).join('; ')}`);
if (
  samples.length + slowSamples.length + bulkSamples.length === 0 ||
  (args.includes('--strict') && over.length > 0)
)
  process.exit(1);
