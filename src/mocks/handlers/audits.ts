import { http, HttpResponse } from 'msw';
import type { Schemas } from '../../lib/api/palette';
import type { MockAudit } from '../data';
import { mockDb } from '../db';
import { ORG_NAME } from '../personas';
import { failing } from '../scenario';
import { parseRfc3339 } from '../../features/api-keys/model/schemas';
import {
  continueToken,
  forbidden,
  invalid,
  notFound,
  paletteError,
  readContinue,
  readLimit,
  route,
  v1,
  type Caller,
} from './common';

type V1Audit = Schemas['v1Audit'];
type V1Audits = Schemas['v1Audits'];

/** Under which kind the mock files API-key entries (unconfirmed for Palette itself). */
export const API_KEY_RESOURCE_KIND = 'apikey';
const ACTION_TYPES = ['create', 'update', 'delete', 'publish', 'deploy', 'activity', 'action'];

function toWireAudit(entry: MockAudit): V1Audit {
  const actor = mockDb().user(entry.actorUid);
  const actorName = actor ? `${actor.firstName} ${actor.lastName}` : 'A former user';
  return {
    metadata: { uid: entry.uid, creationTimestamp: entry.at, lastModifiedTimestamp: entry.at },
    spec: {
      actionType: entry.actionType,
      actionMsg: entry.actionMsg,
      contentMsg: `${entry.actionMsg} '${entry.keyName}'`,
      userMsg: `${actorName} ${entry.actionMsg.charAt(0).toLowerCase()}${entry.actionMsg.slice(1)} '${entry.keyName}'`,
      actor: {
        actorType: 'user',
        user: actor
          ? {
              uid: actor.uid,
              firstName: actor.firstName,
              lastName: actor.lastName,
              emailId: actor.email,
              org: ORG_NAME,
            }
          : { uid: entry.actorUid },
      },
      resource: { kind: API_KEY_RESOURCE_KIND, uid: entry.keyUid, name: entry.keyName, label: 'API Key' },
    },
  };
}

/** Reading the audit log takes `audit.list`: tenant admins and viewers have it, plain users do not. */
const mayReadAudits = (caller: Caller) => caller.permissions.has('audit.list');

/** A time bound of the query, or null when given and not RFC 3339. */
function readTime(raw: string | null): number | undefined | null {
  if (raw === null || raw === '') return undefined;
  return parseRfc3339(raw);
}

export const auditHandlers = [
  http.get(
    v1('/audits'),
    route({}, ({ request, caller }) => {
      if (!mayReadAudits(caller)) return forbidden('Reading the audit log needs the audit.list permission');
      if (failing('history')) return paletteError(500, 'InternalError', 'The audit service is unavailable');
      const q = new URL(request.url).searchParams;
      const limit = readLimit(q.get('limit'));
      if (limit === null)
        return invalid('limit must be a whole number from 0 to 50', { limit: 'Invalid limit' });
      const offset = readContinue(q.get('continue'));
      if (offset === null)
        return invalid('The continue token is not one this server issued', { continue: 'Invalid token' });
      const [start, end] = [readTime(q.get('startTime')), readTime(q.get('endTime'))];
      if (start === null || end === null)
        return invalid('startTime and endTime must be RFC 3339 times', { time: 'Use 2026-01-31T00:00:00Z' });
      const actionType = q.get('actionType');
      if (actionType && !ACTION_TYPES.includes(actionType))
        return invalid(`actionType must be one of ${ACTION_TYPES.join(', ')}`, { actionType: 'Unknown' });
      const [resourceUid, resourceKind, userUid] = [
        q.get('resourceUid'),
        q.get('resourceKind'),
        q.get('userUid'),
      ];
      const matching = mockDb()
        .audits()
        .filter(
          (a) =>
            (!resourceUid || a.keyUid === resourceUid) &&
            (!resourceKind || resourceKind.toLowerCase() === API_KEY_RESOURCE_KIND) &&
            (!userUid || a.actorUid === userUid) &&
            (!actionType || a.actionType === actionType) &&
            (start === undefined || Date.parse(a.at) >= start) &&
            (end === undefined || Date.parse(a.at) <= end),
        )
        .reverse();
      const page = matching.slice(offset, offset + limit);
      const next = offset + limit < matching.length ? continueToken(offset + limit) : '';
      return HttpResponse.json<V1Audits>({
        items: page.map(toWireAudit),
        listmeta: { continue: next, count: matching.length, limit, offset },
      });
    }),
  ),

  http.get<{ uid: string }>(
    v1('/audits/:uid'),
    route<{ uid: string }>({}, ({ params, caller }) => {
      if (!mayReadAudits(caller)) return forbidden('Reading the audit log needs the audit.list permission');
      const entry = mockDb()
        .audits()
        .find((a) => a.uid === params.uid);
      return entry ? HttpResponse.json<V1Audit>(toWireAudit(entry)) : notFound(`Audit ${params.uid}`);
    }),
  ),
];
