import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
import { gzipSync } from 'node:zlib';
const dir = '/tmp/dist-map2/assets/';
const files = process.argv.slice(2);
const agg = new Map();
for (const f of files) {
  const code = readFileSync(dir + f, 'utf8');
  const gzRatio = gzipSync(code, { level: 9 }).length / code.length;
  const m = new SourceMapConsumer(JSON.parse(readFileSync(dir + f + '.map', 'utf8')));
  const lines = code.split('\n');
  let prev = null;
  m.eachMapping((e) => {
    if (prev && prev.line === e.generatedLine) {
      const k = (prev.source || '?').replace(/.*node_modules\//, 'nm/').replace(/^.*?src\//, 'src/');
      agg.set(k, (agg.get(k) ?? 0) + (e.generatedColumn - prev.col) * gzRatio);
    }
    prev = { line: e.generatedLine, col: e.generatedColumn, source: e.source };
  });
}
const byPkg = new Map();
for (const [k, v] of agg) { const p = k.startsWith('nm/') ? k.split('/').slice(1, k.split('/')[1].startsWith('@') ? 3 : 2).join('/') : k.split('/').slice(0, 3).join('/'); byPkg.set(p, (byPkg.get(p) ?? 0) + v); }
console.log([...byPkg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1024).toFixed(1).padStart(7)} ${k}`).join('\n'));
console.log('---');
console.log([...agg].filter(([k])=>k.startsWith('nm/@mui')).sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${(v / 1024).toFixed(1).padStart(7)} ${k}`).join('\n'));
