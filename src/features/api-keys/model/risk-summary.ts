import type { KeyRow } from './key-rows';
import type { ApiKey } from './types';

/** The risk tiles of the tenant page, in the order they are shown. */
export const RISKS = ['active', 'expiring', 'expired', 'revoked', 'orphaned'] as const;
export type Risk = (typeof RISKS)[number];

export type RiskCounts = Record<Risk, number | null>;

/** A user as far as orphaned keys go: who is still in the tenant, and whether they are active. */
export interface TenantMember {
  uid: string;
  isActive: boolean;
}

/**
 * The owners whose keys are orphaned: the owner is deactivated or no longer in the tenant (Palette
 * does not delete such keys by itself). Undefined until the tenant's users are known.
 */
export function orphanedOwners(
  keys: readonly Pick<ApiKey, 'owner'>[] | undefined,
  members: readonly TenantMember[] | undefined,
): ReadonlySet<string> | undefined {
  if (!keys || !members) return undefined;
  const active = new Set(members.filter((m) => m.isActive).map((m) => m.uid));
  const orphaned = new Set<string>();
  for (const key of keys) if (!active.has(key.owner.uid)) orphaned.add(key.owner.uid);
  return orphaned;
}

/**
 * The count behind each tile, over every key of the tenant (the tiles do not follow the filters).
 * Active counts every working key, the expiring ones included; Orphaned counts keys of any status
 * and is null while the owners are unknown.
 */
export function countRisks(rows: readonly KeyRow[], orphaned: ReadonlySet<string> | undefined): RiskCounts {
  const counts: RiskCounts = {
    active: 0,
    expiring: 0,
    expired: 0,
    revoked: 0,
    orphaned: orphaned ? 0 : null,
  };
  for (const { key, derived } of rows) {
    counts[derived.status]! += 1;
    if (derived.expiringSoon) counts.expiring! += 1;
    if (orphaned?.has(key.owner.uid)) counts.orphaned! += 1;
  }
  return counts;
}
