import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useSession } from '../../../lib/session';
import { apiKeyQueries } from '../api/queries';
import { markIsRelevant, pruneMarks, readMarks, subscribeMarks, successorOf } from './replaced-marks';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * The keys flagged as replaced, with their successor's name as the list has it now (it may have
 * been edited since): old key's uid → successor's name. Marks that no longer say anything are
 * dropped as the list loads. Reads the page's key list, without fetching it itself.
 */
export function useReplacedMarks(): ReadonlyMap<string, string> {
  const { tenantUid } = useSession();
  const list = useQuery({ ...apiKeyQueries.list(), enabled: false });
  const marks = useSyncExternalStore(subscribeMarks, () => readMarks(tenantUid));
  const keys = list.data;
  const loadedAt = list.dataUpdatedAt;

  useEffect(() => {
    if (keys && marks.length > 0) pruneMarks(tenantUid, keys, loadedAt, Date.now());
  }, [tenantUid, keys, loadedAt, marks]);

  return useMemo(() => {
    if (!keys || marks.length === 0) return NONE;
    const shown = new Map<string, string>();
    for (const mark of marks)
      // Judged at the list's load, as the rows' statuses are.
      if (markIsRelevant(mark, keys, loadedAt, loadedAt))
        shown.set(mark.oldUid, successorOf(mark, keys)?.name ?? mark.successorName);
    return shown;
  }, [keys, loadedAt, marks]);
}
