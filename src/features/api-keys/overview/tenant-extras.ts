/**
 * What only the tenant page shows (tiles and chart, the owner picker, bulk actions), in one chunk
 * loaded beside the list: My API Keys, the page everyone opens, never downloads it.
 */
export { BulkActions } from '../bulk/bulk-actions';
export { OwnerFilter } from './owner-filter';
export { TenantOverview } from './tenant-overview';
export { WeekChip } from './week-chip';
