import { denialReason } from '../../../lib/authz';
import type { Session } from '../../../lib/session';
import type { DerivedStatus } from '../model/status';
import { keyRef, type ApiKey } from '../model/types';

export const NOT_ACTIVE_REASON = 'Only an active key can be replaced: add a new key instead';

/**
 * Why Replace is refused on `key`, or undefined when it is offered. It makes a key for the key's
 * owner and then revokes the old one: it needs both rights, the create one per the matrix and the
 * revoke one per the matrix and Palette's list for this key. A key that no longer works has nothing
 * to hand over.
 */
export function replaceDenialReason(
  session: Session,
  key: ApiKey,
  derived: DerivedStatus,
): string | undefined {
  const create = key.owner.uid === session.userUid ? 'apiKey.createOwn' : 'apiKey.createForOthers';
  return (
    denialReason(session, create) ??
    denialReason(session, 'apiKey.changeState', keyRef(key)) ??
    (derived.status === 'active' ? undefined : NOT_ACTIVE_REASON)
  );
}
