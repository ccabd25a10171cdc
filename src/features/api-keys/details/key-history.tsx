import { Alert, Button, Skeleton, Stack, Typography } from '@mui/material';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ErrorPanel } from '../../../components/error-panel';
import { isApiError } from '../../../lib/api/errors';
import { apiKeyQueries } from '../api/queries';
import { newestFirst } from '../model/history';
import { HistoryList } from './history-list';

/** Said instead of an error when the caller lacks `audit.list`: nothing is wrong, it is not theirs to read. */
export const NO_HISTORY_PERMISSION =
  "You can't see this key's history. Reading it takes the audit.list permission.";
/** Said when Palette recorded nothing for the key (its audit log may not cover API keys). */
export const NO_HISTORY = 'Palette has recorded no history for this key.';

/**
 * The key's history from Palette's audit log, newest first, a page at a time ("Load more" follows
 * `continue`). Without `audit.list` (403), or with nothing recorded, it says so in a sentence; a
 * failed load offers Retry here, and the rest of the page stands.
 */
export function KeyHistory({ uid, now }: { uid: string; now: number }) {
  const history = useInfiniteQuery(apiKeyQueries.history(uid));
  const entries = useMemo(
    () => newestFirst(history.data?.pages.flatMap((page) => page.entries) ?? []),
    [history.data],
  );

  if (history.isPending)
    return (
      <Stack spacing={1} aria-busy="true" aria-label="Loading history">
        <Skeleton variant="text" width="60%" />
        <Skeleton variant="text" width="50%" />
        <Skeleton variant="text" width="55%" />
      </Stack>
    );
  if (history.isError && !history.data) {
    if (isApiError(history.error) && history.error.status === 403)
      return <Typography variant="body2">{NO_HISTORY_PERMISSION}</Typography>;
    return (
      <ErrorPanel
        title="Could not load the history"
        error={history.error}
        onRetry={() => void history.refetch()}
        retrying={history.isFetching}
      />
    );
  }
  if (entries.length === 0) return <Typography variant="body2">{NO_HISTORY}</Typography>;

  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <HistoryList entries={entries} now={now} />
      {history.isFetchNextPageError && (
        <Alert severity="error" variant="outlined" sx={{ alignSelf: 'stretch' }}>
          Could not load more of the history. {history.error instanceof Error ? history.error.message : ''}
        </Alert>
      )}
      {history.hasNextPage && (
        <Button
          variant="outlined"
          onClick={() => void history.fetchNextPage()}
          disabled={history.isFetchingNextPage}
        >
          {history.isFetchingNextPage ? 'Loading…' : history.isFetchNextPageError ? 'Try again' : 'Load more'}
        </Button>
      )}
    </Stack>
  );
}
