import type { KeyRow } from '../model/key-rows';
import { toCsv } from './export-csv';
import { toExportRecords, type ExportOwner } from './export-records';

export type ExportFormat = 'csv' | 'json';

/** Which page exports: the tenant's keys, or the signed-in user's own. */
export type ExportScope = 'tenant' | 'mine';

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  /** The rows of the view, filtered and sorted: every match, not one page. */
  rows: readonly KeyRow[];
  owners: ReadonlyMap<string, ExportOwner>;
  /** The tenant's organisation name, for the file name. */
  orgName: string;
  /** When the export is made: the file name's date, in the user's time zone. */
  now: Date;
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** An organisation name as a file name's part: lower case, letters and digits joined by dashes. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `api-keys-acme-robotics-2026-12-02.csv`, `my-api-keys-…` for My API Keys: the tenant and the day. */
export function exportFileName({
  format,
  scope,
  orgName,
  now,
}: Pick<ExportRequest, 'format' | 'scope' | 'orgName' | 'now'>): string {
  const parts = [scope === 'mine' ? 'my-api-keys' : 'api-keys', slug(orgName), localDate(now)];
  return `${parts.filter(Boolean).join('-')}.${format}`;
}

/**
 * The export's file: CSV for spreadsheets, or JSON (an array of objects with the fields of
 * `ExportRecord`, dates in RFC 3339 UTC) for scripts.
 */
export function buildExport(request: ExportRequest): ExportFile {
  const records = toExportRecords(request.rows, request.owners);
  const text = request.format === 'csv' ? toCsv(records) : `${JSON.stringify(records, null, 2)}\n`;
  return { name: exportFileName(request), type: MIME[request.format], text };
}

/** Builds the export and hands it to the browser as a download. */
export function downloadExport(request: ExportRequest): void {
  const file = buildExport(request);
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click's task: the browser has taken the file by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
