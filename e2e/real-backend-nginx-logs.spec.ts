import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TENANT, tokenFor } from './pages/real-backend';

/**
 * The shipped nginx configuration (deploy/nginx/run.sh, console.conf.template) when Palette is down:
 * nginx writes the request line into its error and access logs, and the refresh route carries the
 * session token in its path. Its own nginx here, in front of a stand-in Palette the test stops.
 * Run by `npm run test:real` (playwright.real.config.ts), beside the real-backend suite.
 */

const DIST = process.env.REAL_E2E_DIST || 'dist';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe);
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Palette's stand-in: answers every call, remembering the headers it was sent. */
async function standInPalette() {
  const seen: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{}');
  });
  const port = await listen(server);
  const stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, seen, stop };
}

/** run.sh in the foreground, as a deployment runs it; its stderr is nginx's error log. */
async function startNginx(api: string) {
  const port = await freePort();
  const runtimeDir = mkdtempSync(path.join(os.tmpdir(), 'palette-console-nginx-logs-'));
  const child: ChildProcess = spawn(
    'bash',
    [
      'deploy/nginx/run.sh',
      '--port',
      String(port),
      '--dist',
      DIST,
      '--runtime-dir',
      runtimeDir,
      '--api',
      api,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let errorLog = '';
  child.stderr!.on('data', (chunk: Buffer) => (errorLog += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      () =>
        fetch(`${origin}/config.json`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 15_000 },
    )
    .toBe(200);
  const stop = async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    const accessLog = readFileSync(path.join(runtimeDir, 'access.log'), 'utf8');
    rmSync(runtimeDir, { recursive: true, force: true });
    return { errorLog, accessLog };
  };
  return { origin, stop };
}

test('with Palette down, no log line of nginx holds the token of a refresh', async () => {
  // A real session token, as the contract server (through the suite's own nginx) issues it.
  const token = await tokenFor(TENANT.user.email);
  const palette = await standInPalette();
  const nginx = await startNginx(palette.url);
  let logs: { errorLog: string; accessLog: string };
  try {
    await test.step('X-Forwarded-For is the address nginx saw, not the one the client sent', async () => {
      const answer = await fetch(`${nginx.origin}/v1/users/info`, {
        headers: { Authorization: token, 'X-Forwarded-For': '203.0.113.7' },
      });
      expect(answer.status).toBe(200);
      expect(palette.seen.at(-1)?.['x-forwarded-for']).toBe('127.0.0.1');
    });

    await palette.stop();

    await test.step('Palette down: the refresh and any other call get a 502', async () => {
      const refresh = await fetch(
        `${nginx.origin}/v1/auth/refresh/${encodeURIComponent(token)}?setCookie=false`,
        { headers: { Authorization: token } },
      );
      expect(refresh.status).toBe(502);
      const other = await fetch(`${nginx.origin}/v1/users/info`, { headers: { Authorization: token } });
      expect(other.status).toBe(502);
    });
  } finally {
    await palette.stop();
    logs = await nginx.stop();
  }
  const { errorLog, accessLog } = logs;
  // The logs were written and read: the failure of the other call is in the error log.
  expect(errorLog).toContain('connect() failed');
  expect(errorLog).toContain('GET /v1/users/info');
  expect(accessLog).toContain('"GET /v1/users/info HTTP/1.1" 502');
  const payload = token.split('.')[1]!;
  for (const [name, log] of Object.entries({ errorLog, accessLog })) {
    expect(log, `${name} holds the token`).not.toContain(token);
    expect(log, `${name} holds the token's payload`).not.toContain(payload);
    expect(log, `${name} holds a refresh path`).not.toMatch(/\/auth\/refresh\/[^\s"?]/);
  }
});
