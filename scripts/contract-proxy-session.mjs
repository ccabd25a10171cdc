#!/usr/bin/env node
// `npm run test:contract`: an independent check of the HTTP contract. The contract server
// (scripts/mock-server.ts) runs behind Stoplight Prism's validating proxy (`prism proxy --errors`), a
// validator we did not write, loaded with the same OpenAPI file the console's types come from. A scripted
// client session then makes the calls Palette's own clients make (the Go and TypeScript SDKs, the Terraform
// provider): sign in, refresh, who-am-I, users, roles, limits, and every API-key route. Prism refuses an
// invalid request with 422 and flags an answer that breaks the contract (500, `sl-violations`, a
// "Violation" log line); any of those, or an unexpected status, fails the run.
//
// A control request that breaks the contract on purpose comes first: if Prism let it through, the
// validator would not be checking anything, and the run fails.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import process from 'node:process';
import { freePort } from './free-port.mjs';

const SPEC = 'src/lib/api/palette/palette-apis-subset.openapi3.json';
const LOG_DIR = 'test-results/contract-proxy';
const ORG = 'Acme Robotics';
const PASSWORD = 'Palette-mock-2026!';
const ADMIN = 'ava.admin@acme.example';

/** Starts a child in its own process group, collecting its output for the log file. */
function start(command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk) => output.push(chunk.toString()));
  return {
    output,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}

async function waitFor(url, what) {
  for (let i = 0; i < 300; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${what} did not start at ${url}`);
}

async function waitForPort(port, what) {
  for (let i = 0; i < 300; i++) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not start on port ${port}`);
}

const mockPort = await freePort();
const proxyPort = await freePort();
const mock = start('npx', ['tsx', 'scripts/mock-server.ts'], { PORT: String(mockPort), MOCK_QUIET: '1' });
const prism = start('npx', [
  'prism',
  'proxy',
  SPEC,
  `http://127.0.0.1:${mockPort}`,
  '--errors',
  '--host',
  '127.0.0.1',
  '--port',
  String(proxyPort),
]);
const base = `http://127.0.0.1:${proxyPort}`;

/** Each call of the session, with what it sent and what came back, for the report. */
const calls = [];
const failures = [];

/**
 * One call through the validating proxy. `expect` is the status a correct server answers; Prism's own
 * refusals (422, or 500 for an answer that breaks the contract) and its `sl-violations` header fail it.
 */
async function call(name, method, route, { auth, body, expect }) {
  const headers = { Accept: 'application/json', ...auth };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // Palette's pace for /v1/apiKeys (10 a second): never faster, so no 429 is asked for.
  if (route.startsWith('/v1/apiKeys')) await new Promise((resolve) => setTimeout(resolve, 150));
  let response;
  // Should a 429 come anyway, do as the Go SDK does: wait (Retry-After, else 2 s) and go again, a few
  // times at most. Prism logs the 429 as a status the contract does not declare, which fails the run.
  for (let attempt = 0; ; attempt++) {
    response = await fetch(`${base}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status !== 429 || attempt === 3) break;
    await response.text();
    const wait = Number(response.headers.get('retry-after')) || 2;
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
  }
  const text = await response.text();
  const violations = response.headers.get('sl-violations');
  const json = text ? safeJson(text) : undefined;
  calls.push({
    name,
    method,
    route: route.replace(/\/auth\/refresh\/[^/?]+/, '/auth/refresh/[token]'),
    status: response.status,
  });
  if (response.status !== expect)
    failures.push(
      `${name}: ${method} answered ${response.status}, expected ${expect}: ${text.slice(0, 400)}`,
    );
  if (violations) failures.push(`${name}: Prism reports contract violations: ${violations}`);
  return json;
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

let exitCode = 1;
try {
  await waitFor(`http://127.0.0.1:${mockPort}/v1/users/info`, 'The contract server');
  // Prism is awaited by a bare connection: an HTTP probe would be answered 401, which the contract does
  // not declare, and Prism would log it as a violation.
  await waitForPort(proxyPort, "Prism's proxy");

  // The control: a body that breaks the contract must be refused by the validator, not by our server.
  const control = await fetch(`${base}/v1/auth/authenticate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ emailId: 42, org: ORG, password: PASSWORD }),
  });
  const controlBody = safeJson(await control.text());
  if (control.status !== 422 || !String(controlBody?.type ?? '').includes('stoplight.io/prism'))
    failures.push(
      `control: Prism let an invalid request through (answered ${control.status}); the check is not validating`,
    );

  const signIn = await call('authenticate', 'POST', '/v1/auth/authenticate', {
    body: { emailId: ADMIN, org: ORG, password: PASSWORD },
    expect: 200,
  });
  const token = signIn?.Authorization;
  if (typeof token !== 'string') throw new Error('authenticate returned no token');
  const auth = { Authorization: token };

  const me = await call('who am I', 'GET', '/v1/users/info', { auth, expect: 200 });
  const userUid = me?.userUid;
  const tenantUid = me?.tenantUid;
  await call('one user', 'GET', `/v1/users/${userUid}`, { auth, expect: 200 });
  const roles = await call('my roles', 'GET', `/v1/users/${userUid}/roles`, { auth, expect: 200 });
  const roleUid = roles?.roles?.[0]?.uid ?? roles?.inheritedRoles?.[0]?.uid;
  if (roleUid) await call('a role', 'GET', `/v1/roles/${roleUid}`, { auth, expect: 200 });
  else failures.push('my roles: the admin holds no role to read');
  const page = await call('users, first page', 'GET', '/v1/users?limit=2', { auth, expect: 200 });
  const next = page?.listmeta?.continue;
  if (next)
    await call('users, next page', 'GET', `/v1/users?limit=2&continue=${encodeURIComponent(next)}`, {
      auth,
      expect: 200,
    });
  else failures.push('users: a first page of 2 carried no continue token');
  await call('users summary', 'POST', '/v1/users/summary', {
    auth,
    body: { filter: { name: { contains: 'a' } } },
    expect: 200,
  });
  await call('users meta', 'GET', '/v1/users/meta', { auth, expect: 200 });
  await call('resource limits', 'GET', `/v1/tenants/${tenantUid}/resourceLimits`, { auth, expect: 200 });

  await call('list keys', 'GET', '/v1/apiKeys', { auth, expect: 200 });
  const expiry = new Date(Date.now() + 30 * 86_400_000).toISOString();
  const created = await call('create key', 'POST', '/v1/apiKeys', {
    auth,
    body: {
      metadata: { name: `contract-check-${Date.now()}`, annotations: { description: 'Prism session' } },
      spec: { expiry, userUid },
    },
    expect: 201,
  });
  const keyUid = created?.uid;
  const secret = created?.apiKey;
  if (!keyUid || !secret) throw new Error('create returned no uid or key');
  await call('get key', 'GET', `/v1/apiKeys/${keyUid}`, { auth, expect: 200 });
  await call('who am I, with the new key', 'GET', '/v1/users/info', {
    auth: { ApiKey: secret },
    expect: 200,
  });
  await call('edit key', 'PUT', `/v1/apiKeys/${keyUid}`, {
    auth,
    body: {
      metadata: { name: `contract-check-edited-${Date.now()}`, annotations: { description: 'edited' } },
      spec: { expiry },
    },
    expect: 204,
  });
  await call('revoke (PATCH, TypeScript SDK)', 'PATCH', `/v1/apiKeys/${keyUid}`, {
    auth,
    body: { isActive: false },
    expect: 204,
  });
  await call('re-activate (PUT state)', 'PUT', `/v1/apiKeys/${keyUid}/state`, {
    auth,
    body: { isActive: true },
    expect: 204,
  });
  await call('revoke with {} (Go SDK)', 'PUT', `/v1/apiKeys/${keyUid}/state`, {
    auth,
    body: {},
    expect: 204,
  });
  await call("the key's history", 'GET', `/v1/audits?resourceUid=${keyUid}&limit=20`, { auth, expect: 200 });
  await call('delete key', 'DELETE', `/v1/apiKeys/${keyUid}`, { auth, expect: 204 });

  const refreshed = await call('refresh', 'GET', `/v1/auth/refresh/${encodeURIComponent(token)}`, {
    auth,
    expect: 200,
  });
  const fresh = refreshed?.Authorization;
  if (typeof fresh !== 'string') throw new Error('refresh returned no token');
  await call('sign out (revoke token)', 'POST', '/v1/users/auth/tokens/revoke', {
    auth: { Authorization: fresh },
    body: { tokens: [fresh] },
    expect: 204,
  });

  const log = prism.output.join('');
  for (const line of log.split('\n')) if (/violation/i.test(line)) failures.push(`Prism: ${line.trim()}`);
  exitCode = failures.length ? 1 : 0;
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  prism.stop();
  mock.stop();
  mkdirSync(LOG_DIR, { recursive: true });
  // Prism logs request paths, and the refresh path holds a token: the saved log hides it.
  const redact = (text) => text.replace(/\/auth\/refresh\/[^\s/?"]+/g, '/auth/refresh/[token]');
  writeFileSync(path.join(LOG_DIR, 'prism.log'), redact(prism.output.join('')));
  writeFileSync(path.join(LOG_DIR, 'session.json'), JSON.stringify({ calls, failures }, null, 2));
}

for (const c of calls)
  console.log(`${String(c.status).padEnd(4)} ${c.method.padEnd(6)} ${c.route}  (${c.name})`);
if (failures.length) {
  console.error(`\nContract check through Prism failed (${failures.length}):`);
  for (const f of failures) console.error(`- ${f}`);
} else {
  console.log(
    `\n${calls.length} calls through Prism's validating proxy: every request and answer matches the contract.`,
  );
}
process.exit(exitCode);
