import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Box, Button, Skeleton, Stack } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/error-panel';
import { PageFrame } from '../../../components/page-frame';
import { isApiError } from '../../../lib/api/errors';
import { useApiKey } from '../api/use-api-key';
import { KeyDetails } from '../details/key-details';
import { KeyNotFound } from '../details/key-not-found';
import { useBackToTable } from '../details/use-back-to-table';

/** The key table a key's page belongs to, as the route declares it. */
export interface KeyDetailsPageProps {
  listPath: string;
  listLabel: string;
  section: string;
}

/** `<table>/<uid>`: one key's own page, reached from its row or by its address. */
export function KeyDetailsPage({ listPath, listLabel, section }: KeyDetailsPageProps) {
  const { uid = '' } = useParams();
  const back = useBackToTable(listPath);
  const key = useApiKey(uid);
  const gone = isApiError(key.error) && key.error.status === 404;

  const backButton = (
    <Button
      component={RouterLink}
      to={back.to}
      startIcon={<ArrowBackIcon />}
      onClick={(event: MouseEvent) => {
        // One step back, as the browser's Back would: the table's view and scroll as they were.
        if (!back.fromTable || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        back.go();
      }}
    >
      Back to {listLabel}
    </Button>
  );
  const frame = { breadcrumbs: [{ label: section }, { label: listLabel, to: back.to }], actions: backButton };

  if (gone || (key.isSuccess && !key.data.uid))
    return (
      <PageFrame title="API key not found" breadcrumbs={frame.breadcrumbs}>
        <KeyNotFound backTo={back.to} backLabel={listLabel} />
      </PageFrame>
    );
  if (key.isError && !key.data)
    return (
      <PageFrame title="API key" {...frame}>
        <ErrorPanel
          title="Could not load the API key"
          error={key.error}
          onRetry={() => void key.refetch()}
          retrying={key.isFetching}
        />
      </PageFrame>
    );
  if (!key.data)
    return (
      <PageFrame title="API key" {...frame}>
        <Stack spacing={2} aria-busy="true" aria-label="Loading the API key">
          <Skeleton variant="rounded" height={220} />
          <Skeleton variant="rounded" height={160} />
        </Stack>
      </PageFrame>
    );

  return (
    <PageFrame title={key.data.name} {...frame}>
      <Box>
        <KeyDetails apiKey={key.data} now={key.dataUpdatedAt} onDeleted={back.go} />
      </Box>
    </PageFrame>
  );
}
