import { expect, type Locator, type Page } from '@playwright/test';

export type StatusFilterLabel = 'All' | 'Active' | 'Expiring soon' | 'Revoked' | 'Expired';
export type ColumnLabel = 'Name' | 'User' | 'Status' | 'Expiration Date' | 'Created';

const ACTIONS_PREFIX = 'Actions for ';

/** The key table of both key pages, found by role and accessible name. */
export class KeyTable {
  readonly table: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly sizeSelect: Locator;
  /** Body rows (the header row has column headers, not cells). */
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'API keys' });
    this.search = page.getByRole('searchbox', { name: 'Search keys' });
    this.statusFilter = page.getByRole('combobox', { name: 'Status' });
    this.sizeSelect = page.getByRole('combobox', { name: 'Rows per page' });
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
  }

  /** Waits until the list has loaded and the table shows at least one row. */
  async waitForRows(): Promise<void> {
    await expect(this.table).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  columnHeader(label: ColumnLabel): Locator {
    return this.table.getByRole('columnheader', { name: label, exact: true });
  }

  /** The row of the key named `name` (found through its actions button, named after the key). */
  row(name: string): Locator {
    // `has` is resolved inside each row, so the inner locator must start from the page.
    return this.rows.filter({
      has: this.page.getByRole('button', { name: `${ACTIONS_PREFIX}${name}`, exact: true }),
    });
  }

  actionsButton(name: string): Locator {
    return this.table.getByRole('button', { name: `${ACTIONS_PREFIX}${name}`, exact: true });
  }

  /** The names of the rows shown, top to bottom. */
  async rowNames(): Promise<string[]> {
    const labels = await this.rows
      .getByRole('button', { name: ACTIONS_PREFIX })
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
    return labels.map((label) => label.slice(ACTIONS_PREFIX.length));
  }

  /** The text of one column for every row shown, top to bottom. */
  async columnValues(label: ColumnLabel): Promise<string[]> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((text) => text.trim() === label);
    expect(index, `column "${label}" in ${JSON.stringify(headers)}`).toBeGreaterThanOrEqual(0);
    const texts = await this.rows.evaluateAll(
      (rows, i) => rows.map((row) => (row as HTMLTableRowElement).cells[i]?.innerText ?? ''),
      index,
    );
    return texts.map((text) => text.trim());
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    // The search reaches the URL (and the rows) after a short debounce.
    await expect(this.page).toHaveURL((url) => url.searchParams.get('q') === text);
  }

  async filterStatus(label: StatusFilterLabel): Promise<void> {
    await this.statusFilter.click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
    await expect(this.statusFilter).toHaveText(label);
  }

  /** Clicks a column's sort button; returns once the column says it is sorted. */
  async sortBy(label: ColumnLabel): Promise<void> {
    await this.columnHeader(label).getByRole('button').click();
    await expect(this.columnHeader(label)).toHaveAttribute('aria-sort', /ascending|descending/);
  }

  async setRowsPerPage(size: 25 | 50 | 100): Promise<void> {
    await this.sizeSelect.click();
    await this.page.getByRole('option', { name: String(size), exact: true }).click();
    await expect(this.sizeSelect).toHaveText(String(size));
  }

  async nextPage(): Promise<void> {
    await this.page.getByRole('button', { name: /next page/i }).click();
  }

  async previousPage(): Promise<void> {
    await this.page.getByRole('button', { name: /previous page/i }).click();
  }

  /** Opens the row menu of the key named `name` and returns the menu. */
  async openActions(name: string): Promise<Locator> {
    await this.actionsButton(name).click();
    const menu = this.page.getByRole('menu');
    await expect(menu).toBeVisible();
    return menu;
  }
}
