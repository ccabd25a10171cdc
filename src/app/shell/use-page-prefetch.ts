import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { PAGES, type PageDeclaration } from '../routes';

/**
 * Starts the data the current page shows first (its declaration's `prefetch`) as soon as the shell
 * mounts, beside the session's "who am I" instead of after it. The page's own query then joins the
 * request in flight, or finds its answer. Returns the page's declaration (for its placeholder).
 */
export function usePagePrefetch(): PageDeclaration | undefined {
  const client = useQueryClient();
  const { pathname } = useLocation();
  const page = PAGES.find((declaration) => matchPath(declaration.path, pathname));
  const prefetch = page?.prefetch;
  useEffect(() => {
    if (prefetch) void prefetch(client);
  }, [client, prefetch]);
  return page;
}
