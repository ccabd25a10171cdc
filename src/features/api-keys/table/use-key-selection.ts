import { useCallback, useMemo, useState } from 'react';

/** The rows chosen for a bulk action, and why the last one failed on some of them. */
export interface KeySelection {
  selected: ReadonlySet<string>;
  /** uid → why the last bulk action failed on that key; such keys stay selected. */
  notes: ReadonlyMap<string, string>;
  toggle: (uid: string) => void;
  setMany: (uids: readonly string[], selected: boolean) => void;
  /** Selects exactly `uids`, with the reasons to show beside them. */
  replace: (uids: readonly string[], notes?: ReadonlyMap<string, string>) => void;
  clear: () => void;
}

interface State {
  scope: string;
  selected: ReadonlySet<string>;
  notes: ReadonlyMap<string, string>;
}

const EMPTY_SET: ReadonlySet<string> = new Set();
const EMPTY_NOTES: ReadonlyMap<string, string> = new Map();

/**
 * Selected key uids. A selection belongs to one set of filters (`scope`): when the filters change
 * it is dropped, so that a bulk action never reaches keys the admin can no longer see.
 */
export function useKeySelection(scope: string): KeySelection {
  const [state, setState] = useState<State>({ scope, selected: EMPTY_SET, notes: EMPTY_NOTES });
  const current = state.scope === scope ? state : { scope, selected: EMPTY_SET, notes: EMPTY_NOTES };

  const update = useCallback(
    (change: (selected: Set<string>, notes: Map<string, string>) => void) =>
      setState((previous) => {
        const base = previous.scope === scope ? previous : { selected: EMPTY_SET, notes: EMPTY_NOTES };
        const selected = new Set(base.selected);
        const notes = new Map(base.notes);
        change(selected, notes);
        return { scope, selected, notes };
      }),
    [scope],
  );

  const toggle = useCallback(
    (uid: string) =>
      update((selected, notes) => {
        if (!selected.delete(uid)) selected.add(uid);
        notes.delete(uid);
      }),
    [update],
  );
  const setMany = useCallback(
    (uids: readonly string[], on: boolean) =>
      update((selected, notes) => {
        for (const uid of uids) {
          if (on) selected.add(uid);
          else selected.delete(uid);
          notes.delete(uid);
        }
      }),
    [update],
  );
  const replace = useCallback(
    (uids: readonly string[], notes: ReadonlyMap<string, string> = EMPTY_NOTES) =>
      setState({ scope, selected: new Set(uids), notes }),
    [scope],
  );
  const clear = useCallback(() => setState({ scope, selected: EMPTY_SET, notes: EMPTY_NOTES }), [scope]);

  return useMemo(
    () => ({ selected: current.selected, notes: current.notes, toggle, setMany, replace, clear }),
    [current.selected, current.notes, toggle, setMany, replace, clear],
  );
}
