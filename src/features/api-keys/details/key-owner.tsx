import { Box, Skeleton } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { userQueries } from '../../../lib/users';
import { FORMER_USER, OWNER_STATE_LABEL, ownerState } from '../model/owner-state';
import type { KeyOwner as Owner } from '../model/types';
import { DateTime } from './date-time';
import { Field, fieldListSx } from './key-fields';

/**
 * The key's owner and where they stand in the tenant (active, deactivated, no longer in it), with
 * their email and last sign-in where Palette tells them. An owner who left reads "Former user", the
 * uid beside it; when the caller may not read users, the name the key carries is all there is.
 */
export function KeyOwner({ owner, now }: { owner: Owner; now: number }) {
  const user = useQuery(userQueries.one(owner.uid));
  const members = useMemo(
    () => (user.data === undefined ? undefined : new Map(user.data ? [[owner.uid, user.data]] : [])),
    [user.data, owner.uid],
  );
  const state = ownerState(owner.uid, members);
  const details = user.data;

  return (
    <Box component="dl" sx={fieldListSx}>
      <Field term="Owner">
        {state === 'former' ? (
          <>
            {FORMER_USER}{' '}
            <Box component="span" sx={{ color: 'text.secondary' }}>
              (<code>{owner.uid}</code>)
            </Box>
          </>
        ) : (
          <span dir="auto">{details?.name ?? owner.name}</span>
        )}
      </Field>
      {details?.email && <Field term="Email">{details.email}</Field>}
      {!user.isError && (
        <Field term="Owner's state">
          {state ? OWNER_STATE_LABEL[state] : <Skeleton width={120} aria-label="Loading" />}
        </Field>
      )}
      {details && (
        <Field term="Last sign-in">
          {details.lastSignIn === null ? 'Not known' : <DateTime at={details.lastSignIn} now={now} />}
        </Field>
      )}
    </Box>
  );
}
