import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TableQueryState } from './use-table-query';

/** Typing reaches the URL after this pause; the rows follow the text at once. */
export const SEARCH_DEBOUNCE_MS = 150;

export interface SearchText {
  text: string;
  setText: (text: string) => void;
  /** Empties the search now, URL included. */
  clear: () => void;
}

/**
 * The search box's text, kept here rather than read from the URL so that typing never waits for
 * the router, and written to the URL (replacing the history entry) once typing pauses. The router
 * applies a URL change later, in a transition: `seen` is the URL's value as last rendered and
 * `pushed` the last value this hook wrote, so that only a change from elsewhere (Clear filters,
 * Back) replaces what is being typed.
 */
export function useSearchText(q: string, setQuery: TableQueryState['setQuery']): SearchText {
  const [text, setText] = useState(q);
  const [seen, setSeen] = useState(q);
  const [pushed, setPushed] = useState(q);
  if (q !== seen) {
    setSeen(q);
    if (q !== pushed) {
      setPushed(q);
      setText(q);
    }
  }

  useEffect(() => {
    if (text === pushed) return undefined;
    const timer = setTimeout(() => {
      setPushed(text);
      setQuery({ q: text }, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, pushed, setQuery]);

  const clear = useCallback(() => {
    setText('');
    setPushed('');
    setQuery({ q: '' }, { replace: true });
  }, [setQuery]);

  return useMemo(() => ({ text, setText, clear }), [text, clear]);
}
