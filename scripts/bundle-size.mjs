#!/usr/bin/env node
// Measures the JavaScript a real-backend deployment downloads, gzip-compressed, from the build's manifest:
//  - My API Keys: the entry chunk and everything it imports statically (what a signed-in user's tab loads);
//  - the first visit: signing in, then My API Keys; that is the above plus the sign-in page, which the
//    app loads on demand (src/app/sign-in-route.tsx), and everything it imports statically.
// The budget holds for both, so for the first visit. Chunks loaded only on demand otherwise (the mock
// Palette, the designer, dialogs) are left out and listed separately.
// Usage: node scripts/bundle-size.mjs [--budget-kb 250] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
/** The sign-in page's module, as the manifest names it. */
const SIGN_IN_PAGE = 'src/features/sign-in/routes/sign-in-page.tsx';
const args = process.argv.slice(2);
const budgetKb = Number(args[args.indexOf('--budget-kb') + 1]) || 250;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (b) => (b / 1024).toFixed(1);

/** The files of `roots` and of every chunk they import statically, in the order first met. */
function closure(...roots) {
  const files = new Set();
  const visit = (name) => {
    const chunk = manifest[name];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const root of roots) visit(root);
  return [...files];
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!manifest[SIGN_IN_PAGE]) {
  // Renamed or moved: the first visit cannot be measured, and must not silently shrink to My API Keys.
  console.error(`${SIGN_IN_PAGE} is not in the build's manifest: update SIGN_IN_PAGE in ${process.argv[1]}`);
  process.exit(1);
}

const measure = (files) => {
  const rows = files.map((file) => ({ file, gzipBytes: gz(file) }));
  return { totalGzipBytes: rows.reduce((sum, r) => sum + r.gzipBytes, 0), files: rows };
};
const myApiKeys = measure(closure(entry));
const firstVisit = measure(closure(entry, SIGN_IN_PAGE));
const measured = new Set(firstVisit.files.map((r) => r.file));
const onDemand = Object.values(manifest)
  .map((c) => c.file)
  .filter((f) => f.endsWith('.js') && !measured.has(f));

const overBudget = [
  ['My API Keys', myApiKeys],
  ['First visit (sign-in, then My API Keys)', firstVisit],
].filter(([, m]) => m.totalGzipBytes > budgetKb * 1024);

if (args.includes('--json')) {
  console.log(JSON.stringify({ budgetKb, myApiKeys, firstVisit, onDemand }, null, 2));
} else {
  const print = (title, m) => {
    console.log(`${title} (gzip):`);
    for (const r of m.files) console.log(`  ${kb(r.gzipBytes).padStart(7)} KB  ${r.file}`);
    console.log(`  ${kb(m.totalGzipBytes).padStart(7)} KB  total (budget ${budgetKb} KB)`);
  };
  print('JavaScript to show My API Keys on a real backend', myApiKeys);
  print('JavaScript of the first visit on a real backend: the sign-in page, then My API Keys', firstVisit);
  console.log(`Loaded on demand only: ${onDemand.map((f) => `${f} (${kb(gz(f))} KB)`).join(', ') || 'none'}`);
}
for (const [title, m] of overBudget)
  console.error(`Over budget: ${title}: ${kb(m.totalGzipBytes)} KB > ${budgetKb} KB`);
if (overBudget.length > 0) process.exit(1);
