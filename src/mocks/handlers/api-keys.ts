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
  parseRfc3339,
  sameKeyName,
} from '../../features/api-keys/model/schemas';
import type { MockKey } from '../data';
import { mockDb } from '../db';
import { TENANT_UID } from '../personas';
import { failing } from '../scenario';
import { sha256Hex } from '../sha256';
import {
  deny,
  invalid,
  isObject,
  notFound,
  paletteError,
  readJson,
  route,
  v1,
  type Caller,
  type CallerContext,
} from './common';

const rateLimited = { rateLimited: true };

/** Go's zero time, which Palette writes for a `deletionTimestamp` that never happened. */
const ZERO_TIME = '0001-01-01T00:00:00.000Z';

/** Items serialised per piece of the big list body: a piece's text stays small and short-lived. */
const ITEMS_PER_PIECE = 200;
// JSON text holds no raw control characters (they are escaped), so this is any character past ASCII.
const NON_ASCII = /[^\x20-\x7f]/;

/**
 * The UTF-8 bytes of `{"<field>":[...items]}`, serialised a piece of items at a time into one
 * buffer. `JSON.stringify` of the whole list would make a 12.5-million-character string, and a
 * single non-ASCII name (the large tenant has some) makes it a two-byte string of 25 MB: its
 * allocation, and encoding it, brought collections onto the page's main thread inside the
 * handler. Pieces of ASCII text encode at the cost of a copy; the bytes are the same as the
 * whole list's encoding (a test checks it).
 */
export function encodeJsonList(field: string, items: readonly unknown[]): Uint8Array {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let size = 0;
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    // Without its brackets: the pieces are joined with commas into one array.
    const piece = JSON.stringify(items.slice(start, start + ITEMS_PER_PIECE)).slice(1, -1);
    pieces.push(piece);
    size += NON_ASCII.test(piece) ? encoder.encode(piece).length : piece.length;
  }
  const head = `{${JSON.stringify(field)}:[`;
  const bytes = new Uint8Array(head.length + size + Math.max(0, pieces.length - 1) + 2);
  let at = encoder.encodeInto(head, bytes).written;
  pieces.forEach((piece, i) => {
    if (i > 0) bytes[at++] = 0x2c; // ,
    at += encoder.encodeInto(piece, bytes.subarray(at)).written;
  });
  bytes[at++] = 0x5d; // ]
  bytes[at++] = 0x7d; // }
  return bytes;
}

/**
 * `HttpResponse.json` for the big list. It measures the body through a `Blob` to set
 * Content-Length, an extra copy on the page's main thread in the way of the first rows; Palette may
 * as well send such a body chunked, without a length. The body is one chunk of bytes: the worker
 * passes a response's stream on chunk by chunk, and a string body would be cut into many small ones
 * on its way to the page.
 */
function bigJsonList(field: string, items: readonly unknown[]): Response {
  const bytes = encodeJsonList(field, items);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
}

/**
 * What the caller may do on the key, as Palette lists it in `annotations.permissions`
 * (`apiKey.create,apiKey.delete,apiKey.get,apiKey.list,apiKey.update,tag.update` for an admin),
 * derived from the matrix for this caller and this key.
 */
function listPermissions(key: MockKey, caller: Caller): string {
  const ref = { ownerUid: key.ownerUid };
  const own = key.ownerUid === caller.userUid;
  const granted: [string, boolean][] = [
    ['apiKey.create', can(caller, own ? 'apiKey.createOwn' : 'apiKey.createForOthers')],
    ['apiKey.delete', can(caller, 'apiKey.delete', ref)],
    ['apiKey.get', true],
    ['apiKey.list', own || can(caller, 'apiKey.listAll')],
    ['apiKey.update', can(caller, 'apiKey.update', ref)],
    ['tag.update', can(caller, 'apiKey.update', ref)],
  ];
  return granted
    .filter(([, yes]) => yes)
    .map(([name]) => name)
    .join(',');
}

/**
 * The matrix grants by role and ownership only, so a caller has two lists at most: for their own
 * keys and for others'. Each is worked out once per request (a caller is one request's), not once
 * for each of 20,000 keys.
 */
const listsByCaller = new WeakMap<Caller, Map<boolean, string>>();

function permissionsOn(key: MockKey, caller: Caller): string {
  let lists = listsByCaller.get(caller);
  if (!lists) listsByCaller.set(caller, (lists = new Map()));
  const own = key.ownerUid === caller.userUid;
  let list = lists.get(own);
  if (list === undefined) lists.set(own, (list = listPermissions(key, caller)));
  return list;
}

/** The wire shape Palette sends (see shared/palette-api/examples/api-keys-list.json). */
export function toWireKey(key: MockKey, caller: Caller): V1ApiKey {
  const owner = mockDb().user(key.ownerUid);
  return {
    metadata: {
      uid: key.uid,
      name: key.name,
      annotations: {
        description: key.description,
        ownerUid: key.ownerUid,
        permissions: permissionsOn(key, caller),
        scope: 'tenant',
        scopeVisibility: '20',
        tenantUid: TENANT_UID,
      },
      creationTimestamp: key.createdAt,
      deletionTimestamp: ZERO_TIME,
      lastModifiedTimestamp: key.modifiedAt ?? key.createdAt,
    },
    spec: {
      expiry: key.expiry,
      user: owner
        ? { uid: owner.uid, firstName: owner.firstName, lastName: owner.lastName }
        : { uid: key.ownerUid },
    },
    // `isActive` is omitempty on Palette: an inactive key comes back as `"status": {}`.
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
  return z.object(
    {
      metadata: z.object(
        {
          name: currentName === undefined ? keyNameSchema : editedKeyNameSchema(currentName),
          annotations: z
            .object({ description: descriptionSchema.optional() }, 'annotations must be an object')
            .partial()
            .optional(),
        },
        'metadata must be an object',
      ),
      spec: z.object(
        { expiry: expirySchema(now), userUid: z.string('userUid must be a string').optional() },
        'spec must be an object',
      ),
    },
    'The body must be a JSON object',
  );
}

type Body = z.infer<ReturnType<typeof bodySchema>>;

/** Validates a create or update body with the console's own schemas: 400 with field details. */
function validate(raw: unknown, currentName?: string): Body | Response {
  const result = bodySchema(Date.now(), currentName).safeParse(raw);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const field = FIELD_BY_PATH[path] ?? (path || 'body');
    fields[field] ??= issue.message;
  }
  return invalid('The request has invalid fields', fields);
}

/**
 * The stored form of a valid wire expiry: UTC in Palette's millisecond format, kept to the whole
 * second (an end-of-day 23:59:59.999 is stored as 23:59:59.000, as the key form's tests expect).
 */
const storedExpiry = (expiry: string) =>
  new Date(Math.floor(parseRfc3339(expiry)! / 1000) * 1000).toISOString();

function duplicateOf(ownerUid: string, name: string, exceptUid?: string): boolean {
  return mockDb()
    .keysOf(ownerUid)
    .some((k) => k.uid !== exceptUid && sameKeyName(k.name, name));
}

const SECRET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A secret shaped like Palette's (`QMOI1ZVKVIoW6LM6uXqSWFPsjmt0juvl`): 32 letters and digits. */
function newSecret(): string {
  // 248 is the largest multiple of 62 below 256: rejecting the rest keeps every character equally likely.
  const out: string[] = [];
  while (out.length < 32)
    for (const byte of crypto.getRandomValues(new Uint8Array(48)))
      if (byte < 248 && out.length < 32) out.push(SECRET_ALPHABET[byte % 62]!);
  return out.join('');
}

function newUid(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

/**
 * Resolves `{uid}` to a key the caller may see. A key they may not see answers exactly as one that
 * does not exist: a 403 would tell a user which uids are real.
 */
function visibleKey(caller: Caller, uid: string): MockKey | Response {
  const key = mockDb().key(uid);
  if (!key || (key.ownerUid !== caller.userUid && !can(caller, 'apiKey.listAll')))
    return notFound(`API key ${uid}`);
  return key;
}

interface KeyContext extends CallerContext<{ uid: string }> {
  key: MockKey;
}

/**
 * What every `/v1/apiKeys/{uid}` route does after the common preamble: the key (404 when it is not
 * there or not the caller's to see) and, for a change, the permission matrix (403).
 */
function onKey(
  capability: Capability | undefined,
  handle: (context: KeyContext) => Response | Promise<Response>,
) {
  return route<{ uid: string }>(rateLimited, (context) => {
    const key = visibleKey(context.caller, context.params.uid);
    if (key instanceof Response) return key;
    const denied = capability ? deny(context.caller, capability, key) : undefined;
    return denied ?? handle({ ...context, key });
  });
}

const audit = (caller: Caller, key: MockKey, actionType: 'create' | 'update' | 'delete', actionMsg: string) =>
  mockDb().addAudit({ actionType, actionMsg, actorUid: caller.userUid, keyUid: key.uid, keyName: key.name });

/** What an update changed, in the words of the audit log. */
function describeUpdate(before: MockKey, after: MockKey): string {
  const changed = [
    before.name !== after.name ? 'the name' : '',
    before.description !== after.description ? 'the description' : '',
    before.expiry !== after.expiry ? 'the expiry' : '',
  ].filter(Boolean);
  return changed.length ? `Changed ${changed.join(', ')}` : 'Saved the API key unchanged';
}

/**
 * `PUT /v1/apiKeys/{uid}/state` and `PATCH /v1/apiKeys/{uid}` (the TypeScript SDK's route): the same
 * body, `{ isActive }`. The Go SDK drops a false `isActive` (omitempty) and sends `{}`: a revoke.
 */
const changeState = onKey('apiKey.changeState', async ({ request, caller, key }) => {
  const body = await readJson(request);
  if (body instanceof Response) return body;
  if (!isObject(body))
    return invalid('The body must be a JSON object', { body: 'Send { "isActive": false }' });
  const isActive = body.isActive ?? false;
  if (typeof isActive !== 'boolean')
    return invalid('isActive must be true or false', { isActive: 'Send true or false' });
  if (isActive && Date.parse(key.expiry) <= Date.now())
    return paletteError(400, 'ApiKeyExpired', 'The key has expired; extend the expiration date first');
  if (!isActive && failing('revoke'))
    return paletteError(500, 'InternalError', 'Could not revoke the API key');
  if (isActive !== key.isActive) {
    mockDb().putKey({ ...key, isActive, modifiedAt: new Date().toISOString() });
    audit(caller, key, 'update', isActive ? 'Re-activated the API key' : 'Revoked the API key');
  }
  return new HttpResponse(null, { status: 204 });
});

export const apiKeyHandlers = [
  http.get(
    v1('/apiKeys'),
    route(rateLimited, ({ caller }) => {
      if (failing('list')) return paletteError(500, 'InternalError', 'The API key service is unavailable');
      const started = performance.now();
      const keys = can(caller, 'apiKey.listAll') ? mockDb().keys() : mockDb().keysOf(caller.userUid);
      const items: V1ApiKeys['items'] = keys.map((k) => toWireKey(k, caller));
      const response = bigJsonList('items', items);
      // For `npm run bench`: how much of the time to the first rows the mock itself takes.
      performance.measure('mock: GET /v1/apiKeys', { start: started });
      return response;
    }),
  ),

  http.post(
    v1('/apiKeys'),
    route(rateLimited, async ({ request, caller }) => {
      if (failing('create')) return paletteError(500, 'InternalError', 'Could not create the API key');
      // The connection drops before the request arrives: nothing is made, no answer comes.
      if (failing('create-unreached')) return HttpResponse.error();
      const raw = await readJson(request);
      if (raw instanceof Response) return raw;
      const body = validate(raw);
      if (body instanceof Response) return body;
      const db = mockDb();
      const ownerUid = body.spec.userUid || caller.userUid;
      const denied = deny(
        caller,
        ownerUid === caller.userUid ? 'apiKey.createOwn' : 'apiKey.createForOthers',
      );
      if (denied) return denied;
      const owner = db.user(ownerUid);
      if (!owner) return invalid('The user does not exist', { userUid: 'Choose a user of this tenant' });
      if (!owner.isActive) return invalid('The user is deactivated', { userUid: 'This user is deactivated' });
      const name = body.metadata.name;
      if (failing('create-conflict') || duplicateOf(ownerUid, name))
        return paletteError(409, 'ApiKeyNameConflict', DUPLICATE_NAME_MESSAGE, {
          fields: { name: DUPLICATE_NAME_MESSAGE },
        });
      if (db.keysOf(ownerUid).length >= db.keyLimit)
        return paletteError(409, 'ApiKeyLimitExceeded', `A user can have at most ${db.keyLimit} API keys`);
      const secret = newSecret();
      const now = new Date().toISOString();
      const key: MockKey = {
        uid: newUid(),
        name,
        description: body.metadata.annotations?.description ?? '',
        ownerUid,
        expiry: storedExpiry(body.spec.expiry),
        createdAt: now,
        modifiedAt: now,
        isActive: true,
        secretHash: await sha256Hex(secret),
      };
      db.putKey(key);
      audit(caller, key, 'create', 'Created the API key');
      // The key is made, then the connection drops: the caller never learns of it, nor of its secret.
      if (failing('create-no-answer')) return HttpResponse.error();
      return HttpResponse.json<V1ApiKeyCreateResponse>({ apiKey: secret, uid: key.uid }, { status: 201 });
    }),
  ),

  http.get<{ uid: string }>(
    v1('/apiKeys/:uid'),
    onKey(undefined, ({ caller, key }) => HttpResponse.json<V1ApiKey>(toWireKey(key, caller))),
  ),

  http.put<{ uid: string }>(
    v1('/apiKeys/:uid'),
    onKey('apiKey.update', async ({ request, caller, key }) => {
      const raw = await readJson(request);
      if (raw instanceof Response) return raw;
      // An update has no owner: keys cannot be reassigned, so a userUid is refused rather than ignored.
      if (isObject(raw) && isObject(raw.spec) && 'userUid' in raw.spec)
        return invalid('Keys cannot be reassigned', { userUid: 'Keys cannot be reassigned' });
      const body = validate(raw, key.name);
      if (body instanceof Response) return body;
      if (duplicateOf(key.ownerUid, body.metadata.name, key.uid))
        return paletteError(409, 'ApiKeyNameConflict', DUPLICATE_NAME_MESSAGE, {
          fields: { name: DUPLICATE_NAME_MESSAGE },
        });
      const updated: MockKey = {
        ...key,
        name: body.metadata.name,
        description: body.metadata.annotations?.description ?? '',
        expiry: storedExpiry(body.spec.expiry),
        modifiedAt: new Date().toISOString(),
      };
      mockDb().putKey(updated);
      audit(caller, updated, 'update', describeUpdate(key, updated));
      return new HttpResponse(null, { status: 204 });
    }),
  ),

  http.patch<{ uid: string }>(v1('/apiKeys/:uid'), changeState),
  http.put<{ uid: string }>(v1('/apiKeys/:uid/state'), changeState),

  http.delete<{ uid: string }>(
    v1('/apiKeys/:uid'),
    onKey('apiKey.delete', ({ caller, key }) => {
      mockDb().deleteKey(key.uid);
      audit(caller, key, 'delete', 'Deleted the API key');
      return new HttpResponse(null, { status: 204 });
    }),
  ),
];
