import { expect, type Locator, type Page } from '@playwright/test';
import type { KeyTable } from './key-table';
import { menuItem } from './key-dialogs';

/** "Replace…" of a row, through its steps: the name, the secret view, then revoke or keep. */
export class ReplaceDialog {
  readonly form: Locator;
  readonly name: Locator;
  readonly create: Locator;
  readonly secretView: Locator;
  readonly secretField: Locator;
  readonly saved: Locator;
  readonly done: Locator;
  readonly retire: Locator;
  readonly revoke: Locator;
  readonly keep: Locator;
  readonly stuck: Locator;

  constructor(
    readonly page: Page,
    readonly oldName: string,
  ) {
    this.form = page.getByRole('dialog', { name: `Replace ${oldName}`, exact: true });
    this.name = this.form.getByRole('textbox', { name: 'Name of the new key' });
    this.create = this.form.getByRole('button', { name: 'Create new key' });
    this.secretView = page.getByRole('dialog', { name: 'New API key created' });
    this.secretField = this.secretView.getByRole('textbox', { name: 'API key' });
    this.saved = this.secretView.getByRole('checkbox', { name: 'I have saved this API key' });
    this.done = this.secretView.getByRole('button', { name: 'Done' });
    this.retire = page.getByRole('dialog', { name: `Revoke ${oldName} now?`, exact: true });
    this.revoke = this.retire.getByRole('button', { name: /^(Revoke old key now|Try revoking again)$/ });
    this.keep = this.retire.getByRole('button', { name: 'Keep it for now' });
    this.stuck = page.getByRole('dialog', { name: 'The new key cannot be used' });
  }

  /** Opens Replace from the row menu of the old key. */
  async open(keys: KeyTable): Promise<void> {
    const menu = await keys.openActions(this.oldName);
    await menuItem(menu, 'Replace…').click();
    await expect(this.form).toBeVisible();
    await expect(this.name).toBeFocused();
  }

  /** Creates the successor and returns its secret, as the secret view shows it. */
  async createSuccessor(): Promise<string> {
    await this.create.click();
    await expect(this.secretView).toBeVisible();
    await expect(this.secretField).toHaveValue(/\S{16,}/);
    return this.secretField.inputValue();
  }

  /** Confirms the secret is saved; the dialog moves on to the choice about the old key. */
  async secretSeen(): Promise<void> {
    await this.saved.check();
    await this.done.click();
    await expect(this.retire).toBeVisible();
  }
}
