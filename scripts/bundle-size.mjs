#!/usr/bin/env node
// Measures the JavaScript a real-backend deployment downloads to show My API Keys: the entry chunk
// and everything it imports statically, gzip-compressed. Chunks loaded only on demand (the mock
// Palette, loaded when the runtime configuration selects it) are left out and listed separately.
// Usage: node scripts/bundle-size.mjs [--budget-kb 250] [--json]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'dist';
const args = process.argv.slice(2);
const budgetKb = Number(args[args.indexOf('--budget-kb') + 1]) || 250;
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

const entry = Object.values(manifest).find((c) => c.isEntry);
const needed = new Set();
const visit = (name) => {
  const chunk = manifest[name];
  if (!chunk || needed.has(chunk.file)) return;
  needed.add(chunk.file);
  for (const dep of chunk.imports ?? []) visit(dep);
};
visit(Object.keys(manifest).find((k) => manifest[k] === entry));

const onDemand = Object.values(manifest)
  .map((c) => c.file)
  .filter((f) => f.endsWith('.js') && !needed.has(f));

const rows = [...needed].map((file) => ({ file, gzipBytes: gz(file) }));
const total = rows.reduce((sum, r) => sum + r.gzipBytes, 0);
const kb = (b) => (b / 1024).toFixed(1);

if (args.includes('--json')) {
  console.log(JSON.stringify({ totalGzipBytes: total, budgetKb, files: rows, onDemand }, null, 2));
} else {
  console.log('JavaScript to show My API Keys on a real backend (gzip):');
  for (const r of rows) console.log(`  ${kb(r.gzipBytes).padStart(7)} KB  ${r.file}`);
  console.log(`  ${kb(total).padStart(7)} KB  total (budget ${budgetKb} KB)`);
  console.log(`Loaded on demand only: ${onDemand.map((f) => `${f} (${kb(gz(f))} KB)`).join(', ') || 'none'}`);
}
if (total > budgetKb * 1024) {
  console.error(`Over budget: ${kb(total)} KB > ${budgetKb} KB`);
  process.exit(1);
}
