import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { PageFrame } from '../../../components/page-frame';
import { sessionQueries, useCan, useSession } from '../../../lib/session';
import { apiKeyQueries } from '../api/queries';
import type { ExportSource } from '../export/export-menu';
import { AddKeyButton } from '../table/add-key-button';
import { KeyTable } from '../table/key-table';
import { KeyDialogs, type KeyDialog } from '../actions/key-dialogs';
import { useKeyRowActions } from '../actions/use-key-row-actions';
import { useKeyTableView } from '../table/use-key-table-view';

/** Profile › My API Keys: the signed-in user's own keys and their per-user limit. */
export function MyApiKeysPage() {
  const session = useSession();
  const list = useQuery(apiKeyQueries.list());
  const limit = useQuery(apiKeyQueries.limit(session.tenantUid));
  const createOwn = useCan('apiKey.createOwn');
  const [dialog, openDialog] = useState<KeyDialog | null>(null);
  const actions = useKeyRowActions(openDialog);

  // An admin's or viewer's list holds every key of the tenant; this page is about one's own.
  const keys = useMemo(
    () => list.data?.filter((key) => key.owner.uid === session.userUid),
    [list.data, session.userUid],
  );

  const view = useKeyTableView({ keys, now: list.dataUpdatedAt });
  // The owner of every key here is the signed-in user, active by being signed in; the email is the profile's.
  const profile = useQuery(sessionQueries.profile(session.userUid));
  const exportSource = useMemo<ExportSource>(
    () => ({
      scope: 'mine',
      owners: profile.data && new Map([[session.userUid, { email: profile.data.email, isActive: true }]]),
      ownersFailed: profile.isError,
    }),
    [profile.data, profile.isError, session.userUid],
  );

  const count = keys?.length;
  const max = limit.data;
  const atLimit = count !== undefined && max !== undefined && count >= max;
  const addButton = (
    <AddKeyButton
      onClick={() => openDialog({ kind: 'create' })}
      disabledReason={
        createOwn.reason ??
        (atLimit
          ? `You have reached the limit of ${max} keys. Delete a key you no longer need to add another.`
          : undefined)
      }
    />
  );

  return (
    <PageFrame
      title="My API Keys"
      breadcrumbs={[{ label: 'Profile' }]}
      actions={addButton}
      subtitle={count !== undefined && max !== undefined ? `${count} of ${max} keys` : undefined}
    >
      <KeyTable
        view={view}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
        actions={actions}
        emptyAction={addButton}
        exportSource={exportSource}
      />
      <KeyDialogs open={dialog} onClose={() => openDialog(null)} />
    </PageFrame>
  );
}
