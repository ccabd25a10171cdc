import { within } from '@testing-library/react';

/** The names of the keys a table shows, top to bottom: the first line of each row header (the description follows it). */
export function keyNames(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((header) => header.firstElementChild?.textContent ?? '');
}
