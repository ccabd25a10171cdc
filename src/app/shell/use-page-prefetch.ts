import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { matchPath, useLocation } from 'react-router';
import { PAGES } from '../routes';

/**
 * Starts the data the current page shows first (its declaration's `prefetch`) as soon as the shell
 * mounts, beside the session's "who am I" instead of after it. The page's own query then joins the
 * request in flight, or finds its answer.
 */
export function usePagePrefetch(): void {
  const client = useQueryClient();
  const { pathname } = useLocation();
  const prefetch = PAGES.find((page) => matchPath(page.path, pathname))?.prefetch;
  useEffect(() => {
    if (prefetch) void prefetch(client);
  }, [client, prefetch]);
}
