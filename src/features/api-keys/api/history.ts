import { palette } from '../../../lib/api/client';
import type { Schemas } from '../../../lib/api/palette';
import type { HistoryPage, KeyHistoryEntry } from '../model/history';
import { parseTime } from './mapping';

/** Entries per request: Palette allows up to 50; a key's page shows the latest few first. */
export const HISTORY_PAGE_SIZE = 10;

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Maps one audit entry; the server omits empty fields, so every field may be missing. */
export function toHistoryEntry(wire: Schemas['v1Audit']): KeyHistoryEntry {
  const spec = wire.spec;
  const actor = spec?.actor;
  const user = actor?.user;
  const userName = [text(user?.firstName), text(user?.lastName)].filter(Boolean).join(' ');
  const name =
    actor?.actorType === 'service'
      ? text(actor.serviceName) || 'A Palette service'
      : actor?.actorType === 'system'
        ? 'Palette'
        : userName;
  return {
    uid: text(wire.metadata?.uid),
    at: parseTime(wire.metadata?.creationTimestamp),
    action: text(spec?.actionMsg) || text(spec?.contentMsg) || text(spec?.actionType) || 'Changed the key',
    actor: { uid: text(user?.uid), name },
  };
}

/** One page of the audit log filtered to the key; `next` is `listmeta.continue`, an opaque token. */
export async function fetchKeyHistory(
  uid: string,
  continueToken: string,
  signal?: AbortSignal,
): Promise<HistoryPage> {
  const { data } = await palette.GET('/v1/audits', {
    params: {
      query: {
        resourceUid: uid,
        limit: HISTORY_PAGE_SIZE,
        ...(continueToken ? { continue: continueToken } : {}),
      },
    },
    signal,
  });
  return { entries: (data?.items ?? []).map(toHistoryEntry), next: text(data?.listmeta?.continue) };
}
