#!/usr/bin/env node
/**
 * Runs npm scripts side by side and fails when any of them fails: `node scripts/run-together.mjs a b`.
 * Each line of output carries its script's name. `npm test` pairs work that waits with work that computes:
 * Vitest beside `test:tools` (on a fresh machine, installing Chromium and nginx through apt: network and
 * disk), and the mock's end-to-end suite beside the real-backend one, which waits on token lifetimes and
 * nginx most of its time.
 */
import { spawn } from 'node:child_process';
import process from 'node:process';
import { createInterface } from 'node:readline';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  process.stderr.write('usage: node scripts/run-together.mjs <npm script> [<npm script> ...]\n');
  process.exit(2);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const width = Math.max(...scripts.map((name) => name.length));

function run(name) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = `[${name.padEnd(width)}] `;
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ])
      createInterface({ input: stream }).on('line', (line) => out.write(`${prefix}${line}\n`));
    child.on('error', (error) => {
      process.stderr.write(`${prefix}could not start: ${error.message}\n`);
      resolve({ name, code: 1 });
    });
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0) }));
  });
}

const results = await Promise.all(scripts.map(run));
const failed = results.filter((result) => result.code !== 0);
for (const { name, code } of results)
  process.stdout.write(`${name}: ${code === 0 ? 'passed' : `failed (exit ${code})`}\n`);
process.exit(failed.length ? 1 : 0);
