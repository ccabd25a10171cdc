import type { KeyRow } from '../model/key-rows';
import { FORMER_USER, ownerState, type OwnerState } from '../model/owner-state';
import type { KeyStatus } from '../model/status';

/** A key's owner as the export needs it: a user of the tenant (or the signed-in user on My API Keys). */
export interface ExportOwner {
  email: string;
  isActive: boolean;
}

/** The status a row is exported with: the status filter's names, so "expiring" reads as in the table. */
export type ExportStatus = KeyStatus | 'expiring';

/**
 * One exported key. The field names are part of the file's format (scripts read them): change them
 * only with a new format. A secret has no field here: Palette shows it once, at creation, and the
 * console never holds it afterwards.
 */
export interface ExportRecord {
  name: string;
  description: string;
  ownerName: string;
  /** Empty for a former owner, or when Palette sends no email. */
  ownerEmail: string;
  ownerState: OwnerState;
  status: ExportStatus;
  /** RFC 3339 in UTC; null for a key that never expires. */
  expiresAt: string | null;
  /** RFC 3339 in UTC; null when Palette sent none. */
  createdAt: string | null;
  uid: string;
}

/** The fields in the order the CSV's columns and each JSON object list them. */
export const EXPORT_FIELDS = [
  'name',
  'description',
  'ownerName',
  'ownerEmail',
  'ownerState',
  'status',
  'expiresAt',
  'createdAt',
  'uid',
] as const satisfies readonly (keyof ExportRecord)[];

function isoDate(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

/**
 * The rows of a view as export records, in the view's order. `owners` are the tenant's users by
 * uid: an owner missing from them is no longer in the tenant, exported as "Former user".
 */
export function toExportRecords(
  rows: readonly KeyRow[],
  owners: ReadonlyMap<string, ExportOwner>,
): ExportRecord[] {
  return rows.map(({ key, derived }) => {
    const state = ownerState(key.owner.uid, owners) ?? 'former';
    const member = owners.get(key.owner.uid);
    return {
      name: key.name,
      description: key.description,
      ownerName: state === 'former' ? FORMER_USER : key.owner.name,
      ownerEmail: member?.email ?? '',
      ownerState: state,
      status: derived.expiringSoon ? 'expiring' : derived.status,
      expiresAt: isoDate(key.expiresAt),
      createdAt: isoDate(key.createdAt),
      uid: key.uid,
    };
  });
}
