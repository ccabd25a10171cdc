import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { sessionQueries } from '../../lib/session';
import { PAGES, type PageDeclaration } from '../routes';

/** The declaration of the page at `pathname`, if it is one of the navigation's pages. */
function pageAt(pathname: string): PageDeclaration | undefined {
  return PAGES.find((declaration) => matchPath(declaration.path, pathname));
}

/**
 * Asks for the data the page at `pathname` shows first, before React has rendered anything: the
 * entry calls it once the API client is configured, for a tab that will show the shell (signed in,
 * or the mock). The first render and the shell's mount no longer stand between boot and the list.
 * Who-am-I goes out right after the list, not from the shell's first render: the page shows once
 * both have answered, and on the mock the answer to a request sent later waits behind the list's
 * (built, received and parsed on this thread).
 */
export function prefetchPageData(client: QueryClient, pathname: string): void {
  const prefetch = pageAt(pathname)?.prefetch;
  if (!prefetch) return;
  void prefetch(client);
  void client.prefetchQuery(sessionQueries.current());
}

/**
 * Starts the data the current page shows first (its declaration's `prefetch`) as soon as the shell
 * mounts, beside the session's "who am I" instead of after it; after the entry's own prefetch it
 * finds the request in flight or its answer (fresh for the client's staleTime) and sends nothing.
 * The page's own query then joins the request in flight, or finds its answer. Returns the page's
 * declaration (for its placeholder).
 */
export function usePagePrefetch(): PageDeclaration | undefined {
  const client = useQueryClient();
  const { pathname } = useLocation();
  const page = pageAt(pathname);
  const prefetch = page?.prefetch;
  useEffect(() => {
    if (prefetch) void prefetch(client);
  }, [client, prefetch]);
  return page;
}
