/** One entry of a key's history, mapped once from Palette's audit log (see api/history.ts). */
export interface KeyHistoryEntry {
  uid: string;
  /** Milliseconds since the epoch; null when the server sent no time. */
  at: number | null;
  /** What was done, in Palette's words ("Revoked the API key"). */
  action: string;
  /** Who did it: a user's name, a service, or "Palette" for the system. */
  actor: HistoryActor;
}

export interface HistoryActor {
  /** The user's uid, when a user did it; empty for a service or the system. */
  uid: string;
  /** Display name; empty when Palette sent none (a user no longer in the tenant). */
  name: string;
}

/** A page of history and the opaque token of the next one (empty on the last page). */
export interface HistoryPage {
  entries: KeyHistoryEntry[];
  next: string;
}

/** Newest first; entries without a time go last, in the order the server sent them. */
export function newestFirst(entries: readonly KeyHistoryEntry[]): KeyHistoryEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (b.entry.at ?? -Infinity) - (a.entry.at ?? -Infinity) || a.index - b.index)
    .map(({ entry }) => entry);
}
