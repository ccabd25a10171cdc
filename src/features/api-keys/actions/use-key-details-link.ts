import { useLayoutEffect, useMemo, useRef } from 'react';
import { useHref, useLocation, useNavigate } from 'react-router';
import type { ApiKey } from '../model/types';

/**
 * What a key's own page keeps of the table it was opened from: the table's address with its
 * search, sort, page and filters, so that Back returns to the view exactly as it was.
 */
export interface KeyPageState {
  from: string;
}

export function isKeyPageState(value: unknown): value is KeyPageState {
  return (
    typeof value === 'object' && value !== null && typeof (value as { from?: unknown }).from === 'string'
  );
}

export interface KeyDetailsLink {
  /** The address of the key's page, with the build's base: for the link on the key's name. */
  href: (key: ApiKey) => string;
  /** Opens the key's page, keeping the table's view for Back. */
  open: (key: ApiKey) => void;
}

/**
 * The way from a key table to a key's page (`<table path>/<uid>`). Stable across the table's own
 * URL changes (search, sort, page), so that the memoised rows that hold it are not drawn again.
 */
export function useKeyDetailsLink(): KeyDetailsLink {
  const { pathname, search } = useLocation();
  const navigate = useNavigate();
  const base = useHref(pathname);
  const latestSearch = useRef(search);
  useLayoutEffect(() => {
    latestSearch.current = search;
  });
  return useMemo(() => {
    const path = (key: ApiKey) => `${pathname.replace(/\/$/, '')}/${encodeURIComponent(key.uid)}`;
    return {
      href: (key) => `${base.replace(/\/$/, '')}/${encodeURIComponent(key.uid)}`,
      open: (key) => {
        const state: KeyPageState = { from: `${pathname}${latestSearch.current}` };
        void navigate(path(key), { state });
      },
    };
  }, [base, pathname, navigate]);
}
