import { expect, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

export type ExportFormat = 'CSV' | 'JSON';

/** The columns of an exported CSV, in order: no secret among them. */
export const CSV_HEADER = [
  'Name',
  'Description',
  'Owner name',
  'Owner email',
  'Owner state',
  'Status',
  'Expires',
  'Created',
  'UID',
];

/** A file the page downloaded: its suggested name and its text. */
export interface DownloadedFile {
  name: string;
  text: string;
}

/** Opens Export in the key table's toolbar, picks `format`, and returns the file the browser saved. */
export async function exportView(page: Page, format: ExportFormat): Promise<DownloadedFile> {
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await expect(button).not.toHaveAttribute('aria-disabled');
  await button.click();
  const saved: Promise<Download> = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: new RegExp(`^${format}`) }).click();
  const download = await saved;
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** The key count the toolbar announces ("12 keys"). */
export async function viewCount(page: Page): Promise<number> {
  const text = await page
    .getByRole('status')
    .filter({ hasText: /^[\d,]+ keys?$/ })
    .innerText();
  return Number(text.replace(/\D/g, ''));
}

/** RFC 4180 CSV into rows of cells (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
