// @vitest-environment node
/**
 * Bad input against the contract server (scripts/mock-server.ts) over real HTTP: what scripts and
 * SDKs hit. Every bad body must get a clear 4xx (a `v1Error` with a `ref`; a 400 names the field or
 * the body), and the tenant's data must be exactly as before.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server as inProcessMock } from '../mocks/node';
import { ORG_NAME, PERSONAS, SEED_PASSWORD } from '../mocks/personas';
import { responseViolations } from './contract';

let child: ChildProcess;
let base = '';
let admin = '';
let uma = '';

interface Answer {
  status: number;
  body: Record<string, unknown> & { details?: { fields?: Record<string, string> } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One call; raw text bodies go as they are. A 429 (Palette's 10/s on /v1/apiKeys) is waited out. */
async function call(method: string, path: string, body?: unknown, token = admin): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: token } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (response.status === 429 && attempt < 5) {
      await sleep(1000 * Number(response.headers.get('Retry-After') ?? 1));
      continue;
    }
    return { status: response.status, body: text ? (JSON.parse(text) as Answer['body']) : {} };
  }
}

async function signIn(emailId: string): Promise<string> {
  const { body } = await call(
    'POST',
    '/v1/auth/authenticate',
    { emailId, org: ORG_NAME, password: SEED_PASSWORD },
    '',
  );
  return body.Authorization as string;
}

/** Everything a bad request could damage, as the admin reads it. */
async function snapshot(): Promise<string> {
  const parts = await Promise.all([
    call('GET', '/v1/apiKeys'),
    call('GET', '/v1/users?limit=50'),
    call('GET', '/v1/tenants/6540a1f0c0ffee00000000aa/resourceLimits'),
    call('GET', '/v1/audits?limit=50'),
  ]);
  return JSON.stringify(parts.map((p) => p.body));
}

beforeAll(async () => {
  // This file talks to a real server: the in-process mock must not answer in its place.
  inProcessMock.close();
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts'], {
    env: { ...process.env, PORT: '0', MOCK_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the contract server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /on (http:\/\/[\d.]+:\d+)/.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
  });
  admin = await signIn('ava.admin@acme.example');
  uma = await signIn('uma.user@acme.example');
}, 30_000);

afterAll(() => {
  child.kill('SIGTERM');
});

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const year = new Date().getUTCFullYear() + 1;
const TERRAFORM = '6541b2e0d00d000000000001';
const UMA_KEY = '6541b2e0d00d000000000004';
const goodCreate = {
  metadata: { name: 'bad-input-probe', annotations: { description: 'probe' } },
  spec: { expiry: inDays(30) },
};
const withExpiry = (expiry: string) => ({ ...goodCreate, spec: { expiry } });
const withDescription = (description: string) => ({
  metadata: { name: 'bad-input-probe', annotations: { description } },
  spec: { expiry: inDays(30) },
});
const big = JSON.stringify({
  metadata: { name: 'x', annotations: { description: 'y'.repeat(1024 * 1024 + 10) } },
});

/** [what, method, path, body, status expected, the field the 400 names; token (default: admin)]. */
const BAD: [string, string, string, unknown, number, string?, string?][] = [
  [
    'PUT spec a string',
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    { metadata: { name: 'terraform-prod' }, spec: 'x' },
    400,
    'spec',
  ],
  [
    'PUT spec a number',
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    { metadata: { name: 'terraform-prod' }, spec: 7 },
    400,
    'spec',
  ],
  [
    'PUT spec a boolean',
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    { metadata: { name: 'terraform-prod' }, spec: true },
    400,
    'spec',
  ],
  [
    'PUT metadata a string',
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    { metadata: 'x', spec: { expiry: inDays(9) } },
    400,
    'metadata',
  ],
  ['PUT malformed JSON', 'PUT', `/v1/apiKeys/${TERRAFORM}`, '{"metadata":', 400, 'body'],
  ['PUT empty body', 'PUT', `/v1/apiKeys/${TERRAFORM}`, '', 400, 'body'],
  ['POST malformed JSON', 'POST', '/v1/apiKeys', '{nope', 400, 'body'],
  ['POST empty body', 'POST', '/v1/apiKeys', '', 400, 'body'],
  ['POST an array', 'POST', '/v1/apiKeys', '[]', 400, 'body'],
  ['POST a string', 'POST', '/v1/apiKeys', '"key"', 400, 'body'],
  ['POST null', 'POST', '/v1/apiKeys', 'null', 400, 'body'],
  ['expiry Feb 30', 'POST', '/v1/apiKeys', withExpiry(`${year}-02-30T00:00:00Z`), 400, 'expiry'],
  ['expiry a bare date', 'POST', '/v1/apiKeys', withExpiry(`${year}-01-01`), 400, 'expiry'],
  ['expiry in words', 'POST', '/v1/apiKeys', withExpiry(`Jan 5 ${year}`), 400, 'expiry'],
  ['expiry without an offset', 'POST', '/v1/apiKeys', withExpiry(`${year}-01-05T00:00:00`), 400, 'expiry'],
  ['expiry hour 24', 'POST', '/v1/apiKeys', withExpiry(`${year}-01-05T24:00:00Z`), 400, 'expiry'],
  ['expiry offset +25:00', 'POST', '/v1/apiKeys', withExpiry(`${year}-01-05T10:00:00+25:00`), 400, 'expiry'],
  ['expiry a number', 'POST', '/v1/apiKeys', withExpiry(1767225600 as unknown as string), 400, 'expiry'],
  [
    'PUT expiry Feb 30',
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    { metadata: { name: 'terraform-prod' }, spec: { expiry: `${year}-02-30T00:00:00Z` } },
    400,
    'expiry',
  ],
  [
    'description with U+202E',
    'POST',
    '/v1/apiKeys',
    withDescription('invoice \u202Egpj.exe'),
    400,
    'description',
  ],
  ['description with U+2066', 'POST', '/v1/apiKeys', withDescription('a \u2066b'), 400, 'description'],
  ['description with a NUL', 'POST', '/v1/apiKeys', withDescription('a\u0000b'), 400, 'description'],
  [
    'PUT description with BEL',
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    {
      metadata: { name: 'terraform-prod', annotations: { description: 'ding\u0007' } },
      spec: { expiry: inDays(9) },
    },
    400,
    'description',
  ],
  [
    'description a number',
    'POST',
    '/v1/apiKeys',
    withDescription(5 as unknown as string),
    400,
    'description',
  ],
  [
    'name an object',
    'POST',
    '/v1/apiKeys',
    { metadata: { name: { a: 1 } }, spec: { expiry: inDays(9) } },
    400,
    'name',
  ],
  [
    'PUT reassigning the owner',
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    { metadata: { name: 'terraform-prod' }, spec: { expiry: inDays(9), userUid: PERSONAS.user.uid } },
    400,
    'userUid',
  ],
  ['state isActive a string', 'PUT', `/v1/apiKeys/${TERRAFORM}/state`, { isActive: 'no' }, 400, 'isActive'],
  ['state an array', 'PUT', `/v1/apiKeys/${TERRAFORM}/state`, '[]', 400, 'body'],
  ['state malformed', 'PUT', `/v1/apiKeys/${TERRAFORM}/state`, '{', 400, 'body'],
  ['PATCH isActive a number', 'PATCH', `/v1/apiKeys/${TERRAFORM}`, { isActive: 1 }, 400, 'isActive'],
  ['PATCH empty body', 'PATCH', `/v1/apiKeys/${TERRAFORM}`, '', 400, 'body'],
  ['summary filter a string', 'POST', '/v1/users/summary', { filter: 'ann' }, 400, 'filter'],
  [
    'summary filter.name a string',
    'POST',
    '/v1/users/summary',
    { filter: { name: 'ann' } },
    400,
    'filter.name',
  ],
  [
    'summary contains a number',
    'POST',
    '/v1/users/summary',
    { filter: { emailId: { contains: 7 } } },
    400,
    'filter.emailId',
  ],
  ['summary malformed', 'POST', '/v1/users/summary', '{"filter"', 400, 'body'],
  ['summary sort a string', 'POST', '/v1/users/summary', { sort: 'name' }, 400, 'sort'],
  ['users limit -1', 'GET', '/v1/users?limit=-1', undefined, 400, 'limit'],
  ['users forged continue', 'GET', '/v1/users?continue=50', undefined, 400, 'continue'],
  ['audits bad startTime', 'GET', '/v1/audits?startTime=yesterday', undefined, 400, 'time'],
  ['audits unknown actionType', 'GET', '/v1/audits?actionType=steal', undefined, 400, 'actionType'],
  [
    'limits PATCH limit 0',
    'PATCH',
    '/v1/tenants/6540a1f0c0ffee00000000aa/resourceLimits',
    { resources: [{ kind: 'apiKey', limit: 0 }] },
    400,
    'resources',
  ],
  [
    'limits PATCH unknown kind',
    'PATCH',
    '/v1/tenants/6540a1f0c0ffee00000000aa/resourceLimits',
    { resources: [{ kind: 'gold', limit: 5 }] },
    400,
    'resources',
  ],
  ['revoke tokens a string', 'POST', '/v1/users/auth/tokens/revoke', { tokens: 'all' }, 400, 'tokens'],
  ['sign-in malformed', 'POST', '/v1/auth/authenticate', '{"emailId"', 400, 'body'],
  ['body over 1 MB', 'POST', '/v1/apiKeys', big, 413],
  ['unknown endpoint', 'GET', '/v1/apiKeyz', undefined, 404],
  [
    "a user's PUT on another's key",
    'PUT',
    `/v1/apiKeys/${TERRAFORM}`,
    { metadata: { name: 'mine-now' }, spec: { expiry: inDays(9) } },
    404,
    undefined,
    'uma',
  ],
  [
    "a user's revoke of another's key",
    'PUT',
    `/v1/apiKeys/${TERRAFORM}/state`,
    { isActive: false },
    404,
    undefined,
    'uma',
  ],
  [
    "a user's delete of another's key",
    'DELETE',
    `/v1/apiKeys/${TERRAFORM}`,
    undefined,
    404,
    undefined,
    'uma',
  ],
  [
    'a user reading the audit log',
    'GET',
    `/v1/audits?resourceUid=${UMA_KEY}`,
    undefined,
    403,
    undefined,
    'uma',
  ],
  [
    'a user changing limits',
    'PATCH',
    '/v1/tenants/6540a1f0c0ffee00000000aa/resourceLimits',
    { resources: [{ kind: 'apiKey', limit: 30 }] },
    403,
    undefined,
    'uma',
  ],
];

const tally = { tried: 0, clear4xx: 0, dataLost: 0 };

describe('the contract server refuses bad input with a clear 4xx and changes nothing', () => {
  it.each(BAD)('%s', async (_what, method, path, body, expected, field, who) => {
    const before = await snapshot();
    const answer = await call(method, path, body, who === 'uma' ? uma : admin);
    const after = await snapshot();
    tally.tried += 1;
    if (after !== before) tally.dataLost += 1;
    expect(answer.status).toBe(expected);
    expect(typeof answer.body.code).toBe('string');
    expect(answer.body.message).toMatch(/\w/);
    expect(answer.body.ref).toMatch(/^mock-/);
    // A v1Error, as the contract says (checked against the path template when the path is in it).
    if (expected !== 404 || path.startsWith('/v1/apiKeys/'))
      expect(responseViolations(method, path.split('?')[0]!, answer.status, answer.body)).toEqual([]);
    if (field) expect(Object.keys(answer.body.details?.fields ?? {})).toContain(field);
    expect(Object.keys(answer.body.details?.fields ?? {})).not.toContain('');
    expect(after).toBe(before);
    tally.clear4xx += 1;
  });

  it('counts them: every bad input tried got a clear 4xx and no data was lost', () => {
    console.info(`bad inputs tried ${tally.tried}, clear 4xx ${tally.clear4xx}, data lost ${tally.dataLost}`);
    expect(tally).toEqual({ tried: BAD.length, clear4xx: BAD.length, dataLost: 0 });
  });
});

describe('the contract server, beyond bodies', () => {
  it('does not let 60 anonymous requests starve a signed-in admin', async () => {
    const anonymous = await Promise.all(
      Array.from({ length: 60 }, () => fetch(`${base}/v1/apiKeys`).then((r) => r.status)),
    );
    expect(new Set(anonymous)).toEqual(new Set([401]));
    const list = await fetch(`${base}/v1/apiKeys`, { headers: { Authorization: admin } });
    expect(list.status).toBe(200);
  });

  it('answers both revoke routes, {} included, and refuses a revoked token from then on', async () => {
    const created = await call('POST', '/v1/apiKeys', goodCreate, uma);
    expect(created.status).toBe(201);
    const uid = created.body.uid as string;
    expect((await call('PATCH', `/v1/apiKeys/${uid}`, {}, uma)).status).toBe(204);
    expect((await call('GET', `/v1/apiKeys/${uid}`, undefined, uma)).body.status).toEqual({});
    expect((await call('PATCH', `/v1/apiKeys/${uid}`, { isActive: true }, uma)).status).toBe(204);
    expect((await call('PUT', `/v1/apiKeys/${uid}/state`, {}, uma)).status).toBe(204);
    expect((await call('DELETE', `/v1/apiKeys/${uid}`, undefined, uma)).status).toBe(204);

    const token = await signIn('uma.user@acme.example');
    expect((await call('GET', '/v1/users/info', undefined, token)).status).toBe(200);
    expect((await call('POST', '/v1/users/auth/tokens/revoke', { tokens: [token] }, token)).status).toBe(204);
    const refused = await call('GET', '/v1/users/info', undefined, token);
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('Unauthorized');
    expect((await call('GET', `/v1/auth/refresh/${token}`, undefined, '')).status).toBe(401);
  });
});
