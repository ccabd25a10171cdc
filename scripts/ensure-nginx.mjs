#!/usr/bin/env node
/**
 * Finds (and if need be installs) the nginx and envsubst that deploy/nginx/run.sh needs, for the
 * real-backend end-to-end tests (`npm run test:real`).
 *
 * Lookup: $NGINX_BIN, then `nginx` on the PATH, /usr/sbin/nginx. When nginx (or envsubst) is missing and
 * we are root on Debian or Ubuntu, installs Debian's packages (`nginx`, `gettext-base`) without any
 * prompt and without starting the nginx service (a policy-rc.d that refuses service starts is put in
 * place for the install when the system has none).
 *
 * CLI: `node scripts/ensure-nginx.mjs` prints nginx's path on stdout (progress on stderr) and exits 1 with
 * an explanation when it cannot be found or installed.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const POLICY_RC_D = '/usr/sbin/policy-rc.d';

function log(message) {
  process.stderr.write(`[ensure-nginx] ${message}\n`);
}

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable `name` on the PATH or in the system directories, or undefined. */
function which(name) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const file = path.join(dir, name);
    if (executable(file)) return file;
  }
  return undefined;
}

/** @returns {string | undefined} nginx's path, without installing anything */
export function findNginx() {
  const fromEnv = process.env.NGINX_BIN;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    log(`$NGINX_BIN is set to ${fromEnv}, which is not executable; looking elsewhere.`);
  }
  return which('nginx');
}

function run(command, args, env) {
  log(`$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: ['ignore', 2, 2], env, timeout: 300_000 });
  if (result.error) log(`${command} failed: ${result.error.message}`);
  else if (result.status !== 0) log(`${command} exited with ${result.signal ?? result.status}.`);
  return !result.error && result.status === 0;
}

function installWithApt(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    log('Not root on Debian/Ubuntu, so apt-get is not an option.');
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', NEEDRESTART_MODE: 'a' };
  const install = () =>
    run(
      'apt-get',
      [
        'install',
        '-y',
        '--no-install-recommends',
        '-o',
        'Dpkg::Options::=--force-confdef',
        '-o',
        'Dpkg::Options::=--force-confold',
        ...packages,
      ],
      env,
    );
  // Installing the package must not start a system nginx on port 80: the tests start their own.
  const ownPolicy = !existsSync(POLICY_RC_D);
  if (ownPolicy) writeFileSync(POLICY_RC_D, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    // The package lists may be missing or stale: update once when the first attempt fails.
    return install() || (run('apt-get', ['update'], env) && install());
  } finally {
    if (ownPolicy) rmSync(POLICY_RC_D, { force: true });
  }
}

/**
 * Returns nginx's path, installing nginx (and envsubst) when missing.
 * @returns {string}
 * @throws {Error} when nginx is missing and cannot be installed
 */
export function ensureNginx() {
  const missing = [];
  if (!findNginx()) missing.push('nginx');
  if (!which('envsubst')) missing.push('gettext-base');
  if (missing.length > 0) {
    log(`Missing: ${missing.join(', ')}; installing from Debian.`);
    installWithApt(missing);
  }
  const nginx = findNginx();
  if (nginx && which('envsubst')) return nginx;
  throw new Error(
    [
      'The real-backend tests need nginx and envsubst, and they could not be installed.',
      'Fix it with one of:',
      '  - apt-get install nginx gettext-base      (Debian/Ubuntu, as root)',
      '  - export NGINX_BIN=/path/to/nginx         (and put envsubst on the PATH)',
    ].join('\n'),
  );
}

function isMainModule() {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  try {
    process.stdout.write(`${ensureNginx()}\n`);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
