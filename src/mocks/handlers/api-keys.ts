import { http, HttpResponse } from 'msw';
import { z } from '../../lib/zod';
import { can, type Capability } from '../../lib/authz';
import type { V1ApiKey, V1ApiKeyCreateResponse, V1ApiKeys } from '../../lib/api/palette';
import {
  descriptionSchema,
  DUPLICATE_NAME_MESSAGE,
  editedKeyNameSchema,
  expirySchema,
  keyNameSchema,
  sameKeyName,
} from '../../features/api-keys/model/schemas';
import type { MockKey } from '../data';
import { mockDb } from '../db';
import { failing } from '../scenario';
import { sha256Hex } from '../sha256';
import { deny, forbidden, gate, identify, notFound, paletteError, readJson, v1, type Caller } from './common';

const rateLimited = { rateLimited: true };

/**
 * `HttpResponse.json` for big bodies. It measures the body through a `Blob` to set Content-Length,
 * which for the large tenant's 7 MB list is an extra copy on the page's main thread, in the way of
 * the first rows. Palette may as well send such a body chunked, without a length.
 */
function bigJson(body: unknown): Response {
  return new HttpResponse(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
}

/** The wire shape Palette sends, empty fields omitted, with the caller's permissions on the key. */
export function toWireKey(key: MockKey, caller: Caller): V1ApiKey {
  const owner = mockDb().user(key.ownerUid);
  const ref = { ownerUid: key.ownerUid };
  const permissions = [
    'apiKey.get',
    ...(can(caller, 'apiKey.update', ref) ? ['apiKey.update'] : []),
    ...(can(caller, 'apiKey.delete', ref) ? ['apiKey.delete'] : []),
  ].join(',');
  return {
    metadata: {
      uid: key.uid,
      name: key.name,
      annotations: { ...(key.description ? { description: key.description } : {}), permissions },
      creationTimestamp: key.createdAt,
    },
    spec: {
      expiry: key.expiry,
      user: owner
        ? { uid: owner.uid, firstName: owner.firstName, lastName: owner.lastName }
        : { uid: key.ownerUid },
    },
    status: key.isActive ? { isActive: true } : {},
  };
}

const FIELD_BY_PATH: Record<string, string> = {
  'metadata.name': 'name',
  'metadata.annotations.description': 'description',
  'spec.expiry': 'expiry',
  'spec.userUid': 'userUid',
};

/** `currentName` (an update): the key's name today, which may be kept whatever our rules for a new one say. */
function bodySchema(now: number, currentName?: string) {
  return z.object({
    metadata: z.object({
      name: currentName === undefined ? keyNameSchema : editedKeyNameSchema(currentName),
      annotations: z.object({ description: descriptionSchema.optional() }).partial().optional(),
    }),
    spec: z.object({ expiry: expirySchema(now), userUid: z.string().optional() }),
  });
}

type Body = z.infer<ReturnType<typeof bodySchema>>;

/** Validates a create or update body with the console's own schemas: 400 with field details. */
function validate(raw: unknown, currentName?: string): Body | Response {
  const result = bodySchema(Date.now(), currentName).safeParse(raw);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const field = FIELD_BY_PATH[path] ?? path ?? 'body';
    fields[field] ??= issue.message;
  }
  return paletteError(400, 'InvalidRequest', 'The request has invalid fields', { fields });
}

function duplicateOf(ownerUid: string, name: string, exceptUid?: string): boolean {
  return mockDb()
    .keysOf(ownerUid)
    .some((k) => k.uid !== exceptUid && sameKeyName(k.name, name));
}

function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, 'A')
    .replace(/\//g, 'B')
    .replace(/=+$/, '');
  return base;
}

function newUid(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Resolves `{uid}` to a key the caller may see, or the answer that refuses it. */
function visibleKey(caller: Caller, uid: string): MockKey | Response {
  const key = mockDb().key(uid);
  if (!key) return notFound(`API key ${uid}`);
  if (key.ownerUid !== caller.userUid && !can(caller, 'apiKey.listAll')) return forbidden();
  return key;
}

interface KeyContext {
  request: Request;
  caller: Caller;
  key: MockKey;
}

/**
 * What every `/v1/apiKeys/{uid}` route does first: the rate limit, who is calling, the key (404, or
 * 403 when it is not theirs to see) and, for a change, the permission matrix (403).
 */
function onKey(
  capability: Capability | undefined,
  handle: (context: KeyContext) => Response | Promise<Response>,
) {
  return async ({ request, params }: { request: Request; params: { uid: string } }) => {
    const gated = await gate(request, rateLimited);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    const key = visibleKey(caller, params.uid);
    if (key instanceof Response) return key;
    const denied = capability ? deny(caller, capability, key) : undefined;
    return denied ?? handle({ request, caller, key });
  };
}

export const apiKeyHandlers = [
  http.get(v1('/apiKeys'), async ({ request }) => {
    const gated = await gate(request, rateLimited);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    if (failing('list')) return paletteError(500, 'InternalError', 'The API key service is unavailable');
    const started = performance.now();
    const keys = can(caller, 'apiKey.listAll') ? mockDb().keys() : mockDb().keysOf(caller.userUid);
    const response = bigJson({ items: keys.map((k) => toWireKey(k, caller)) } satisfies V1ApiKeys);
    // For `npm run bench`: how much of the time to the first rows the mock itself takes.
    performance.measure('mock: GET /v1/apiKeys', { start: started });
    return response;
  }),

  http.post(v1('/apiKeys'), async ({ request }) => {
    const gated = await gate(request, rateLimited);
    if (gated) return gated;
    const caller = identify(request);
    if (caller instanceof Response) return caller;
    if (failing('create')) return paletteError(500, 'InternalError', 'Could not create the API key');
    const body = validate(await readJson(request));
    if (body instanceof Response) return body;
    const db = mockDb();
    const ownerUid = body.spec.userUid || caller.userUid;
    const denied = deny(caller, ownerUid === caller.userUid ? 'apiKey.createOwn' : 'apiKey.createForOthers');
    if (denied) return denied;
    const owner = db.user(ownerUid);
    if (!owner)
      return paletteError(400, 'InvalidRequest', 'The user does not exist', {
        fields: { userUid: 'Choose a user of this tenant' },
      });
    if (!owner.isActive)
      return paletteError(400, 'InvalidRequest', 'The user is deactivated', {
        fields: { userUid: 'This user is deactivated' },
      });
    const name = body.metadata.name;
    if (failing('create-conflict') || duplicateOf(ownerUid, name))
      return paletteError(409, 'ApiKeyNameConflict', DUPLICATE_NAME_MESSAGE, {
        fields: { name: DUPLICATE_NAME_MESSAGE },
      });
    if (db.keysOf(ownerUid).length >= db.keyLimit)
      return paletteError(409, 'ApiKeyLimitExceeded', `A user can have at most ${db.keyLimit} API keys`);
    const secret = newSecret();
    const key: MockKey = {
      uid: newUid(),
      name,
      description: body.metadata.annotations?.description ?? '',
      ownerUid,
      expiry: new Date(Date.parse(body.spec.expiry)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      createdAt: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
      isActive: true,
      secretHash: sha256Hex(secret),
    };
    db.putKey(key);
    return HttpResponse.json<V1ApiKeyCreateResponse>({ apiKey: secret, uid: key.uid }, { status: 201 });
  }),

  http.get<{ uid: string }>(
    v1('/apiKeys/:uid'),
    onKey(undefined, ({ caller, key }) => HttpResponse.json<V1ApiKey>(toWireKey(key, caller))),
  ),

  http.put<{ uid: string }>(
    v1('/apiKeys/:uid'),
    onKey('apiKey.update', async ({ request, key }) => {
      const raw = await readJson(request);
      // An update has no owner: keys cannot be reassigned, so a userUid is refused rather than ignored.
      const spec = (raw as { spec?: Record<string, unknown> } | undefined)?.spec;
      if (spec && 'userUid' in spec) return paletteError(400, 'InvalidRequest', 'Keys cannot be reassigned');
      const body = validate(raw, key.name);
      if (body instanceof Response) return body;
      if (duplicateOf(key.ownerUid, body.metadata.name, key.uid))
        return paletteError(409, 'ApiKeyNameConflict', DUPLICATE_NAME_MESSAGE, {
          fields: { name: DUPLICATE_NAME_MESSAGE },
        });
      mockDb().putKey({
        ...key,
        name: body.metadata.name,
        description: body.metadata.annotations?.description ?? '',
        expiry: new Date(Date.parse(body.spec.expiry)).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  http.put<{ uid: string }>(
    v1('/apiKeys/:uid/state'),
    onKey('apiKey.changeState', async ({ request, key }) => {
      const body = await readJson(request);
      const isActive = (body as { isActive?: unknown } | undefined)?.isActive;
      if (typeof isActive !== 'boolean')
        return paletteError(400, 'InvalidRequest', 'isActive must be true or false', {
          fields: { isActive: 'Required' },
        });
      if (isActive && Date.parse(key.expiry) <= Date.now())
        return paletteError(400, 'ApiKeyExpired', 'The key has expired; extend the expiration date first');
      mockDb().putKey({ ...key, isActive });
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  http.delete<{ uid: string }>(
    v1('/apiKeys/:uid'),
    onKey('apiKey.delete', ({ key }) => {
      mockDb().deleteKey(key.uid);
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
