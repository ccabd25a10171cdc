// Figures the benchmark takes in Node rather than in the page: building the large mock tenant (what
// the mock does on the first visit of `?dataset=large`), sorting its 20,000 rows (the work of a
// sort click before React renders) and exporting them (the work of Export, from rows to the file's text). They used to be wall-clock limits inside unit tests, where a
// loaded machine failed them for no fault of the code; here they are figures with budgets, like the rest.
// Run by bench/run.mjs as `node --import tsx bench/node-figures.ts RUNS`; prints one JSON array, a
// sample per run. Each run follows one untimed warm-up, as the unit tests did.
import { buildExport } from '../src/features/api-keys/export/export-file';
import { toRows } from '../src/features/api-keys/model/key-rows';
import { sortRows } from '../src/features/api-keys/model/sort-rows';
import type { ApiKey } from '../src/features/api-keys/model/types';
import type { MockData } from '../src/mocks/data';
import { seed } from '../src/mocks/seed';

const NOW = Date.UTC(2026, 10, 27, 9, 30);
const runs = Math.max(1, Number(process.argv[2] ?? '5'));
const round = (ms: number) => Math.round(ms * 10) / 10;

function timed(work: () => void): number {
  const started = performance.now();
  work();
  return round(performance.now() - started);
}

/** The console's view of the seeded keys, as the mapping in api/ would give it. */
function apiKeys({ users, keys }: MockData): ApiKey[] {
  const names = new Map(users.map((u) => [u.uid, `${u.firstName} ${u.lastName}`]));
  return keys.map((k) => ({
    uid: k.uid,
    name: k.name,
    description: k.description,
    owner: { uid: k.ownerUid, name: names.get(k.ownerUid) ?? k.ownerUid },
    expiresAt: Date.parse(k.expiry),
    createdAt: Date.parse(k.createdAt),
    isActive: k.isActive,
  }));
}

const large = seed('large', NOW);
const keys = apiKeys(large);
// The tenant's users as the tenant page has them: the former users are missing, as in Palette.
const owners = new Map(large.users.map((u) => [u.uid, { email: u.email, isActive: u.isActive }]));
const samples: { seedLargeMs: number; sortRowsMs: number; exportCsvMs: number; exportJsonMs: number }[] = [];
for (let run = 0; run <= runs; run++) {
  const seedLargeMs = timed(() => seed('large', NOW));
  const rows = toRows(keys, NOW);
  // The name order is ranked once per list; the page has it before the first click on a header.
  sortRows(rows, 'name', 'asc');
  const sortRowsMs = timed(() => {
    sortRows(rows, 'owner', 'desc');
    sortRows(rows, 'createdAt', 'desc');
  });
  const exportOf = (format: 'csv' | 'json') => () =>
    void buildExport({ format, scope: 'tenant', rows, owners, orgName: 'Acme Robotics', now: new Date(NOW) });
  const exportCsvMs = timed(exportOf('csv'));
  const exportJsonMs = timed(exportOf('json'));
  if (run > 0) samples.push({ seedLargeMs, sortRowsMs, exportCsvMs, exportJsonMs });
}
console.log(JSON.stringify(samples));
