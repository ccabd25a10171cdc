import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isKeyPageState } from '../actions/use-key-details-link';

export interface BackToTable {
  /** Where Back leads: the table as it was when the key was opened from it, else the bare table. */
  to: string;
  /** Goes there: one step back in the history when the page was opened from the table, so that the
   * browser's Back and this one agree; else to the table, replacing this page (a deleted key's). */
  go: () => void;
  /** Whether the page was opened from the table (its view is in the navigation state). */
  fromTable: boolean;
}

/** The way back from a key's page to the key table of `listPath`. */
export function useBackToTable(listPath: string): BackToTable {
  const { state } = useLocation();
  const navigate = useNavigate();
  const fromTable = isKeyPageState(state) && state.from.startsWith(listPath);
  const to = fromTable ? state.from : listPath;
  const go = useCallback(() => {
    if (fromTable) void navigate(-1);
    else void navigate(to, { replace: true });
  }, [fromTable, navigate, to]);
  return { to, go, fromTable };
}
