import { sameKeyName } from '../model/same-key-name';
import { isKeyWorking } from '../model/status';
import type { ApiKey } from '../model/types';

/**
 * A key that was replaced and kept active for now: "Replaced by <successor>" in its row until it
 * is revoked, deleted or expires, or its successor is gone. Kept in this browser (localStorage, per
 * tenant), since Palette has no field for it. Only uids and a name: never a secret.
 */
export interface ReplacedMark {
  oldUid: string;
  /** '' when the create's answer named no uid: the successor is then found by owner and name. */
  successorUid: string;
  successorName: string;
  ownerUid: string;
  /** When the mark was made (epoch ms): a list loaded before it may not hold the successor yet. */
  markedAt: number;
}

/** Checked by hand rather than with zod: this module is on every key page, zod loads with the forms. */
function isMark(value: unknown): value is ReplacedMark {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m.oldUid === 'string' &&
    m.oldUid !== '' &&
    typeof m.successorUid === 'string' &&
    typeof m.successorName === 'string' &&
    m.successorName !== '' &&
    typeof m.ownerUid === 'string' &&
    typeof m.markedAt === 'number' &&
    Number.isFinite(m.markedAt)
  );
}

const PREFIX = 'palette-console:replaced:';
const storageKey = (tenantUid: string) => `${PREFIX}${tenantUid}`;

const NO_MARKS: readonly ReplacedMark[] = [];
const listeners = new Set<() => void>();
/** The last parse per tenant, so that reading twice gives the same array (useSyncExternalStore). */
const cache = new Map<string, { raw: string | null; marks: readonly ReplacedMark[] }>();

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can be refused (privacy settings): then nothing is remembered.
    return undefined;
  }
}

function parse(raw: string | null): readonly ReplacedMark[] {
  if (!raw) return NO_MARKS;
  try {
    // Validated: the storage is anyone's to edit, and a damaged entry means no marks.
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isMark) : NO_MARKS;
  } catch {
    return NO_MARKS;
  }
}

function write(tenantUid: string, marks: readonly ReplacedMark[]): void {
  const store = storage();
  try {
    if (marks.length === 0) store?.removeItem(storageKey(tenantUid));
    else store?.setItem(storageKey(tenantUid), JSON.stringify(marks));
  } catch {
    // A full or refused storage: the mark is lost, the keys are not.
  }
  cache.delete(tenantUid);
  for (const listener of listeners) listener();
}

/** The marks of a tenant, the same array until they change. */
export function readMarks(tenantUid: string): readonly ReplacedMark[] {
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(storageKey(tenantUid)) ?? null;
  } catch {
    raw = null;
  }
  const cached = cache.get(tenantUid);
  if (cached && cached.raw === raw) return cached.marks;
  const marks = parse(raw);
  cache.set(tenantUid, { raw, marks });
  return marks;
}

/** Flags `mark.oldUid` as replaced (one mark per old key: a later replace wins). */
export function markReplaced(tenantUid: string, mark: ReplacedMark): void {
  write(tenantUid, [...readMarks(tenantUid).filter((m) => m.oldUid !== mark.oldUid), mark]);
}

export function clearMark(tenantUid: string, oldUid: string): void {
  const marks = readMarks(tenantUid);
  if (marks.some((m) => m.oldUid === oldUid))
    write(
      tenantUid,
      marks.filter((m) => m.oldUid !== oldUid),
    );
}

/** Calls `listener` when any tenant's marks change, in this tab or (through `storage`) in another. */
export function subscribeMarks(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  listeners.add(listener);
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}

/** The key a mark points to, by uid or, when the create named none, by owner and name. */
export function successorOf(mark: ReplacedMark, keys: readonly ApiKey[]): ApiKey | undefined {
  return mark.successorUid
    ? keys.find((k) => k.uid === mark.successorUid)
    : keys.find((k) => k.owner.uid === mark.ownerUid && sameKeyName(k.name, mark.successorName));
}

/**
 * Whether a mark still says something, against a list loaded at `listLoadedAt`: its key is there
 * and still works, and its successor is there too (a list loaded before the mark may not hold the
 * successor yet, which is no reason to drop it).
 */
export function markIsRelevant(
  mark: ReplacedMark,
  keys: readonly ApiKey[],
  listLoadedAt: number,
  now: number,
): boolean {
  const old = keys.find((k) => k.uid === mark.oldUid);
  if (!old || !isKeyWorking(old, now)) return false;
  return successorOf(mark, keys) !== undefined || listLoadedAt <= mark.markedAt;
}

/** Drops the marks of a tenant that no longer say anything (see `markIsRelevant`). */
export function pruneMarks(
  tenantUid: string,
  keys: readonly ApiKey[],
  listLoadedAt: number,
  now: number,
): void {
  const marks = readMarks(tenantUid);
  const kept = marks.filter((m) => markIsRelevant(m, keys, listLoadedAt, now));
  if (kept.length !== marks.length) write(tenantUid, kept);
}
