import { BULK_PACE } from './bulk-pace';
import type { BulkVerb } from './types';

/** "1 key", "1,200 keys". */
export function keyCount(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'key' : 'keys'}`;
}

export const VERB: Record<BulkVerb, { label: string; doing: string; done: string }> = {
  revoke: { label: 'Revoke', doing: 'Revoking', done: 'Revoked' },
  delete: { label: 'Delete', doing: 'Deleting', done: 'Deleted' },
};

/** The pace of bulk actions, in words: "9.5 changes a second, just under Palette's limit". */
export function paceInWords(): string {
  return `${BULK_PACE.ratePerSecond.toLocaleString()} changes a second, just under Palette's limit`;
}

/**
 * How long the calls take at the bulk pace (a burst first, then a steady rate), in words: bulk
 * actions on thousands of keys take minutes, and the admin should know before starting.
 */
export function duration(calls: number): string {
  const seconds = Math.max(0, calls - BULK_PACE.burst) / BULK_PACE.ratePerSecond;
  if (seconds < 2) return 'a moment';
  if (seconds < 90) return `about ${Math.round(seconds)} seconds`;
  return `about ${Math.round(seconds / 60)} minutes`;
}
