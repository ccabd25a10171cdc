import { OWNER_STATE_LABEL } from '../model/owner-state';
import { STATUS_LABEL } from '../model/status';
import { EXPORT_FIELDS, type ExportRecord, type ExportStatus } from './export-records';

const HEADER: Record<(typeof EXPORT_FIELDS)[number], string> = {
  name: 'Name',
  description: 'Description',
  ownerName: 'Owner name',
  ownerEmail: 'Owner email',
  ownerState: 'Owner state',
  status: 'Status',
  expiresAt: 'Expires',
  createdAt: 'Created',
  uid: 'UID',
};

const EXPORT_STATUS_LABEL: Record<ExportStatus, string> = { ...STATUS_LABEL, expiring: 'Expiring soon' };

/** What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell: a text a spreadsheet would run as a formula gets a leading `'` (it then shows as
 * text), and a cell with a quote, comma or line break is quoted with its quotes doubled (RFC 4180).
 */
export function csvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cell(record: ExportRecord, field: (typeof EXPORT_FIELDS)[number]): string {
  if (field === 'ownerState') return OWNER_STATE_LABEL[record.ownerState];
  if (field === 'status') return EXPORT_STATUS_LABEL[record.status];
  return csvCell(record[field] ?? '');
}

/**
 * The records as CSV (RFC 4180: CRLF line ends, a header row), the states and statuses as the
 * console names them. It starts with a byte order mark so that Excel reads it as UTF-8, as it
 * otherwise would not (names with accents, emoji or right-to-left text).
 */
export function toCsv(records: readonly ExportRecord[]): string {
  const lines = [EXPORT_FIELDS.map((field) => HEADER[field]).join(',')];
  for (const record of records) lines.push(EXPORT_FIELDS.map((field) => cell(record, field)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
