import { FORMER_USER, ownerState } from '../model/owner-state';
import type { TenantMember } from '../model/risk-summary';
import type { ApiKey } from '../model/types';

/**
 * Whether a key's owner is no longer in the tenant. Until the tenant's users are known, an owner
 * Palette sent without a name (so named by uid) counts as one, so that a bare uid never shows.
 */
export function isFormerOwner(
  owner: ApiKey['owner'],
  members: ReadonlyMap<string, TenantMember> | undefined,
): boolean {
  if (owner.uid === '') return false;
  return members ? ownerState(owner.uid, members) === 'former' : owner.name === owner.uid;
}

/**
 * Who owns a key, as the User column and the phone card show it (one piece for both): "Former user"
 * for an owner no longer in the tenant, with the uid in the table's tooltip. The surrounding element
 * sets `dir="auto"`: owner names come from users.
 */
export function KeyOwner({ apiKey, former = false }: { apiKey: ApiKey; former?: boolean }) {
  if (!former) return <>{apiKey.owner.name}</>;
  return (
    // Focusable so that keyboard users reach the uid in the tooltip too.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <span className="former-owner" tabIndex={0} data-tooltip={`User ${apiKey.owner.uid}`}>
      {FORMER_USER}
    </span>
  );
}
