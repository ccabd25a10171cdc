import type { TenantMember } from './risk-summary';

/** Where a key's owner stands in the tenant: still a member and active, deactivated, or gone. */
export type OwnerState = 'active' | 'deactivated' | 'former';

/** How each state reads, in the details, the export and anywhere else it is named. */
export const OWNER_STATE_LABEL: Record<OwnerState, string> = {
  active: 'Active',
  deactivated: 'Deactivated',
  former: 'No longer in the tenant',
};

/** What an owner who is no longer in the tenant is called wherever a name would be shown. */
export const FORMER_USER = 'Former user';

/**
 * The owner's state, looked up in the tenant's users by uid; null while the users are unknown, so
 * that nobody is called a former user before the list has answered.
 */
export function ownerState(
  ownerUid: string,
  members: ReadonlyMap<string, Pick<TenantMember, 'isActive'>> | undefined,
): OwnerState | null {
  if (!members) return null;
  const member = members.get(ownerUid);
  if (!member) return 'former';
  return member.isActive ? 'active' : 'deactivated';
}
