import type { SortDirection, SortField } from '../model/table-query';

export interface SortColumn {
  field: SortField;
  label: string;
  /** The direction a first click sorts in: soonest expiry and newest key first are the useful ends. */
  firstDir: SortDirection;
  ownerOnly?: boolean;
}

/** What the key list sorts by: the table's sortable headers and the cards' "Sort by" select. */
export const SORT_COLUMNS: readonly SortColumn[] = [
  { field: 'name', label: 'Name', firstDir: 'asc' },
  { field: 'owner', label: 'User', firstDir: 'asc', ownerOnly: true },
  { field: 'status', label: 'Status', firstDir: 'asc' },
  { field: 'expiresAt', label: 'Expiration Date', firstDir: 'asc' },
  { field: 'createdAt', label: 'Created', firstDir: 'desc' },
];
