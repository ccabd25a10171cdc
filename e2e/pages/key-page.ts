import { expect, type Locator, type Page } from '@playwright/test';
import { confirmDialog, notice } from './key-dialogs';

/** A key's own page (`<table>/<uid>`): its fields, owner, actions and history, by role and name. */
export class KeyPage {
  readonly heading: Locator;
  readonly details: Locator;
  readonly owner: Locator;
  readonly actions: Locator;
  readonly history: Locator;
  readonly historyList: Locator;
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.details = page.getByRole('region', { name: 'Details', exact: true });
    this.owner = page.getByRole('region', { name: 'Owner', exact: true });
    this.actions = page.getByRole('region', { name: 'What you can do', exact: true });
    this.history = page.getByRole('region', { name: 'History', exact: true });
    this.historyList = this.history.getByRole('list', { name: 'History' });
    this.loadMore = this.history.getByRole('button', { name: 'Load more' });
  }

  /** The "Back to …" link of the page. */
  back(listLabel: string): Locator {
    return this.page.getByRole('link', { name: `Back to ${listLabel}`, exact: true });
  }

  action(label: string): Locator {
    return this.actions.getByRole('button', { name: label, exact: true });
  }

  /** Revokes the key (named `name`) with the page's Revoke and its confirmation; the page says Revoked. */
  async revoke(name: string): Promise<void> {
    await this.action('Revoke').click();
    await confirmDialog(this.page, 'Revoke', name).getByRole('button', { name: 'Revoke' }).click();
    await expect(notice(this.page, `Revoked ${name}`)).toBeVisible();
    await expect(this.field('Status')).toContainText('Revoked');
  }

  /** The value of a term in one of the page's lists of fields. */
  field(term: string): Locator {
    return this.page
      .locator('dt', { hasText: new RegExp(`^${term}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }

  /** The history, top to bottom, each entry as "what · who". */
  async historyEntries(): Promise<string[]> {
    await expect(this.historyList).toBeVisible();
    return this.historyList.getByRole('listitem').evaluateAll((items) =>
      items.map((item) => {
        const [what, who] = [...item.children].map((line) => line.textContent ?? '');
        return `${what} · ${(who ?? '').split(' · ')[0]}`;
      }),
    );
  }
}
