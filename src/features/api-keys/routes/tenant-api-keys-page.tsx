import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PageFrame } from '../../../components/page-frame';
import { canOnAnyKey } from '../../../lib/authz';
import { useCan, useSession } from '../../../lib/session';
import { userQueries } from '../../../lib/users';
import { apiKeyQueries } from '../api/queries';
import { AddKeyButton } from '../table/add-key-button';
import { TenantKeys } from '../overview/tenant-keys';
import { KeyDialogs, type KeyDialog } from '../actions/key-dialogs';
import { useKeyRowActions } from '../actions/use-key-row-actions';

/**
 * Tenant Settings › API Keys: every key of the tenant, with its owner, risk tiles and expiry chart.
 * The route guard admits only roles that may list all keys; row actions on other users' keys follow
 * the matrix per row, and bulk actions are for those who may revoke and delete every key.
 */
export function TenantApiKeysPage() {
  const session = useSession();
  const list = useQuery(apiKeyQueries.list());
  // After the list: the first rows do not wait for the users, only the owner picker and Orphaned do.
  const users = useQuery({ ...userQueries.all(), enabled: list.isSuccess });
  const createOwn = useCan('apiKey.createOwn');
  const createForOthers = useCan('apiKey.createForOthers');
  const [dialog, openDialog] = useState<KeyDialog | null>(null);
  const actions = useKeyRowActions(openDialog);

  const addButton = (
    <AddKeyButton onClick={() => openDialog({ kind: 'create' })} disabledReason={createOwn.reason} />
  );
  const bulk = canOnAnyKey(session, 'apiKey.changeState') && canOnAnyKey(session, 'apiKey.delete');

  return (
    <PageFrame
      title="API Keys"
      breadcrumbs={[{ label: 'Tenant Settings' }]}
      actions={addButton}
      subtitle={session.orgName ? `Every API key of ${session.orgName}` : undefined}
    >
      <TenantKeys
        keys={list.data}
        now={list.dataUpdatedAt}
        users={users.data}
        usersFailed={users.isError}
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
        actions={actions}
        emptyAction={addButton}
        bulk={bulk}
      />
      <KeyDialogs open={dialog} onClose={() => openDialog(null)} ownerChoice={createForOthers.allowed} />
    </PageFrame>
  );
}
