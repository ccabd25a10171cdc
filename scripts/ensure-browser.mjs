#!/usr/bin/env node
/**
 * Finds (and if need be installs) a Chromium that Playwright can drive.
 *
 * Lookup order, first hit wins:
 *   1. $PLAYWRIGHT_CHROMIUM_EXECUTABLE or $CHROMIUM_PATH, when the file exists;
 *   2. the Chromium that `playwright install chromium` manages, when it has been downloaded;
 *   3. /usr/bin/chromium (Debian's package).
 * When none is found, `ensureBrowser()` installs one: first `playwright install chromium` (bounded by a
 * timeout, because the Playwright CDN may be unreachable), then, as root on Debian, `apt-get install chromium`.
 *
 * CLI: `node scripts/ensure-browser.mjs` prints the path on stdout (progress goes to stderr) and exits 1 with
 * an explanation when no browser can be found or installed. playwright.config.ts imports `findBrowserSync()`,
 * which only looks and never installs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const ENV_VARS = ['PLAYWRIGHT_CHROMIUM_EXECUTABLE', 'CHROMIUM_PATH'];
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const DEFAULT_INSTALL_TIMEOUT_MS = 180_000;

const require = createRequire(import.meta.url);

function log(message) {
  process.stderr.write(`[ensure-browser] ${message}\n`);
}

/** The path of Playwright's own Chromium build, whether or not it has been downloaded yet. */
function playwrightChromiumPath() {
  try {
    const { chromium } = require('@playwright/test');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * Looks for a usable Chromium without installing anything.
 * @returns {string | undefined} the executable path, or undefined when none is present
 */
export function findBrowserSync() {
  for (const name of ENV_VARS) {
    const value = process.env[name];
    if (value) {
      if (existsSync(value)) return value;
      log(`$${name} is set to ${value}, which does not exist; looking elsewhere.`);
    }
  }
  const managed = playwrightChromiumPath();
  if (managed && existsSync(managed)) return managed;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  return undefined;
}

function run(command, args, options = {}) {
  log(`$ ${[command, ...args].join(' ')}`);
  // stdout is reserved for the browser path, so children write to stderr.
  const result = spawnSync(command, args, { stdio: ['ignore', 2, 2], ...options });
  if (result.error) {
    log(`${command} failed: ${result.error.message}`);
    return false;
  }
  if (result.status !== 0) {
    log(`${command} exited with ${result.signal ?? result.status}.`);
    return false;
  }
  return true;
}

function installWithPlaywright() {
  const timeout = Number(process.env.ENSURE_BROWSER_INSTALL_TIMEOUT_MS) || DEFAULT_INSTALL_TIMEOUT_MS;
  let cli;
  try {
    cli = require.resolve('@playwright/test/cli');
  } catch {
    log('@playwright/test is not installed; run npm install first.');
    return false;
  }
  return run(process.execPath, [cli, 'install', 'chromium'], {
    timeout,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      // Give up early on an unreachable CDN instead of waiting out the default connection timeout.
      PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: process.env.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT ?? '15000',
    },
  });
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version')) {
    log('Not root on Debian/Ubuntu, so apt-get is not an option.');
    return false;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const noPrompt = ['-o', 'Dpkg::Options::=--force-confdef', '-o', 'Dpkg::Options::=--force-confold'];
  return (
    run('apt-get', ['update'], { env }) &&
    run(
      'apt-get',
      ['install', '-y', '--no-install-recommends', ...noPrompt, 'chromium', 'fonts-liberation'],
      { env },
    )
  );
}

/**
 * Returns the path of a usable Chromium, installing one when none is present.
 * @returns {string} the executable path
 * @throws {Error} when no browser is present and none could be installed
 */
export function ensureBrowser() {
  const found = findBrowserSync();
  if (found) return found;

  log('No Chromium found; trying `playwright install chromium`.');
  if (installWithPlaywright()) {
    const installed = findBrowserSync();
    if (installed) return installed;
  }

  log('Trying the Debian chromium package.');
  if (installWithApt()) {
    const installed = findBrowserSync();
    if (installed) return installed;
  }

  throw new Error(
    [
      'No Chromium for Playwright, and none could be installed.',
      'Fix it with one of:',
      '  - npx playwright install chromium          (needs access to the Playwright CDN)',
      '  - apt-get install chromium                 (Debian/Ubuntu, as root)',
      `  - export PLAYWRIGHT_CHROMIUM_EXECUTABLE=/path/to/chromium`,
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
    process.stdout.write(`${ensureBrowser()}\n`);
  } catch (error) {
    log(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
