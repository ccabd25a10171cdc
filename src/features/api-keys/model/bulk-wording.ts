import type { BulkVerb } from './types';

/** "1 key", "1,200 keys". */
export function keyCount(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? 'key' : 'keys'}`;
}

export const VERB: Record<BulkVerb, { label: string; doing: string; done: string }> = {
  revoke: { label: 'Revoke', doing: 'Revoking', done: 'Revoked' },
  delete: { label: 'Delete', doing: 'Deleting', done: 'Deleted' },
};

/**
 * How long the calls take at Palette's pace (a burst of 5, then 10 per second), in words: bulk
 * actions on thousands of keys take minutes, and the admin should know before starting.
 */
export function duration(calls: number): string {
  const seconds = Math.max(0, calls - 5) / 10;
  if (seconds < 2) return 'a moment';
  if (seconds < 90) return `about ${Math.round(seconds)} seconds`;
  return `about ${Math.round(seconds / 60)} minutes`;
}
