import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AccessLevel } from '../../../lib/authz';
import type { ApiKey } from '../model/types';
import { apiKeyQueries } from './queries';

/**
 * The access the caller's own key list proves, before the roles have answered: Palette lists every
 * key of the tenant only to a caller with `apiKey.list`, so a key of another user means at least a
 * viewer; otherwise nothing beyond a member. Never more than the roles will grant. Reads the list the
 * page already asked for (it never asks itself); undefined until that list is here.
 * Without a user (the roles have answered) the list's arrival does not render the shell again, in
 * the same pass as the first rows. It stays subscribed: a list in flight whose last observer leaves
 * is cancelled, and the page's own query would then send it again.
 */
export function useListedAccess(userUid: string | undefined): AccessLevel | undefined {
  const select = useCallback(
    (keys: ApiKey[]): AccessLevel =>
      keys.some((key) => key.owner.uid !== userUid) ? 'tenant-viewer' : 'member',
    [userUid],
  );
  const { data } = useQuery({
    ...apiKeyQueries.list(),
    enabled: false,
    select,
    notifyOnChangeProps: userUid === undefined ? [] : ['data'],
  });
  return userUid === undefined ? undefined : data;
}
