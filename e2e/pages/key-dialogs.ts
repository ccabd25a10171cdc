import { expect, type Locator, type Page } from '@playwright/test';
import type { KeyTable } from './key-table';

/** How a row action looks in the row menu. */
export type MenuItemState = { enabled: true } | { enabled: false; reason: string };

/**
 * "Add New API Key": the form and, in the same dialog once a key is made, the copy-once secret
 * view ("API key created"). Found by role and accessible name.
 */
export class CreateKeyDialog {
  readonly button: Locator;
  readonly form: Locator;
  readonly name: Locator;
  readonly description: Locator;
  /** "User Name": only on the tenant page, for a persona who may create keys for others. */
  readonly owner: Locator;
  readonly expiry: Locator;
  readonly customDate: Locator;
  readonly generate: Locator;
  readonly cancel: Locator;
  /** The problem shown above the form (a refused or failed create). */
  readonly problem: Locator;

  readonly secretView: Locator;
  readonly secretField: Locator;
  readonly copy: Locator;
  readonly announcement: Locator;
  readonly warning: Locator;
  readonly saved: Locator;
  readonly done: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: 'Add New API Key' });
    this.form = page.getByRole('dialog', { name: 'Add New API Key' });
    this.name = this.form.getByRole('textbox', { name: 'API Key Name' });
    this.description = this.form.getByRole('textbox', { name: 'Description' });
    this.owner = this.form.getByRole('combobox', { name: 'User Name' });
    this.expiry = this.form.getByRole('radiogroup', { name: 'Expiration Date' });
    this.customDate = this.form.getByRole('textbox', { name: 'Custom date' });
    this.generate = this.form.getByRole('button', { name: /^(Generate|Generating…|Checking…)$/ });
    this.cancel = this.form.getByRole('button', { name: 'Cancel' });
    this.problem = this.form.getByRole('alert');

    this.secretView = page.getByRole('dialog', { name: 'API key created' });
    this.secretField = this.secretView.getByRole('textbox', { name: 'API key' });
    this.copy = this.secretView.getByRole('button', { name: 'Copy', exact: true });
    this.announcement = this.secretView.getByRole('status');
    this.warning = this.secretView.getByRole('alert');
    this.saved = this.secretView.getByRole('checkbox', { name: 'I have saved this API key' });
    this.done = this.secretView.getByRole('button', { name: 'Done' });
  }

  /** Chooses `tool` under "Copy as" in the secret view, then clicks the button that copies its `what`. */
  async copyAs(tool: 'Environment' | 'Terraform' | 'Palette CLI' | 'curl', what: string): Promise<void> {
    await this.secretView.getByRole('group', { name: 'Copy as' }).getByRole('button', { name: tool }).click();
    await this.secretView.getByRole('button', { name: `Copy ${what}`, exact: true }).click();
  }

  async open(): Promise<void> {
    await this.button.click();
    await expect(this.form).toBeVisible();
    await expect(this.name).toBeFocused();
  }

  expiryOption(label: '7 days' | '30 days' | '60 days' | '90 days' | 'Custom'): Locator {
    return this.expiry.getByRole('radio', { name: label, exact: true });
  }

  /** Picks the owner in the "User Name" autocomplete by typing part of the name. */
  async chooseOwner(search: string, optionName: RegExp | string): Promise<void> {
    await this.owner.click();
    await this.owner.fill(search);
    await this.page.getByRole('option', { name: optionName }).click();
    await expect(this.owner).toHaveValue(typeof optionName === 'string' ? optionName : /.+/);
  }

  /** Fills the form and submits; returns once the secret view shows a key, with that key. */
  async createKey(name: string, { description = '' } = {}): Promise<string> {
    await this.name.fill(name);
    await this.description.fill(description);
    await this.generate.click();
    return this.waitForSecret();
  }

  async waitForSecret(): Promise<string> {
    await expect(this.secretView).toBeVisible();
    await expect(this.secretField).toHaveValue(/\S{16,}/);
    return this.secretField.inputValue();
  }

  /** Confirms the key is saved and closes the secret view. */
  async finish(): Promise<void> {
    await expect(this.done).toBeDisabled();
    await this.saved.check();
    await expect(this.done).toBeEnabled();
    await this.done.click();
    await expect(this.secretView).toBeHidden();
  }

  /** Submits and checks that `field` shows `message` (as its error and its description). */
  async expectFieldError(field: Locator, message: string): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(message)}`));
  }
}

/** "Edit API Key". */
export class EditKeyDialog {
  readonly dialog: Locator;
  readonly name: Locator;
  readonly description: Locator;
  readonly owner: Locator;
  readonly save: Locator;
  readonly cancel: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Edit API Key' });
    this.name = this.dialog.getByRole('textbox', { name: 'API Key Name' });
    this.description = this.dialog.getByRole('textbox', { name: 'Description' });
    this.owner = this.dialog.getByRole('textbox', { name: 'User' });
    this.save = this.dialog.getByRole('button', { name: 'Save' });
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' });
  }
}

/** The revoke and delete confirmations, named after the key ("Revoke ci-deploy?"). */
export function confirmDialog(page: Page, verb: 'Revoke' | 'Delete', keyName: string): Locator {
  return page.getByRole('dialog', { name: `${verb} ${keyName}?`, exact: true });
}

/** The snackbar that reports the outcome of an action. */
export function notice(page: Page, text: string): Locator {
  return page.getByRole('alert').filter({ hasText: text });
}

/** The "N of 20 keys" line of My API Keys. */
export function keyCount(page: Page): Locator {
  return page.getByText(/^\d+ of \d+ keys$/);
}

export type RowAction = 'View details' | 'Edit' | 'Replace…' | 'Revoke' | 'Re-activate' | 'Delete';

/** The item of an open row menu; its name starts with the action (a disabled one adds its reason). */
export function menuItem(menu: Locator, action: RowAction): Locator {
  return menu.getByRole('menuitem', { name: new RegExp(`^${escapeRegExp(action)}`) });
}

/** Opens the row menu of `keyName` and picks `action`. */
export async function runRowAction(keys: KeyTable, keyName: string, action: RowAction): Promise<void> {
  const menu = await keys.openActions(keyName);
  const item = menuItem(menu, action);
  await expect(item).toBeEnabled();
  await item.click();
  await expect(menu).toBeHidden();
}

/** Checks an item of an open row menu: enabled with no reason, or disabled saying why. */
export async function expectMenuItem(menu: Locator, action: RowAction, state: MenuItemState): Promise<void> {
  const item = menuItem(menu, action);
  await expect(item, `${action} is listed`).toBeVisible();
  if (state.enabled) {
    await expect(item, `${action} is enabled`).toBeEnabled();
    await expect(item, `${action} gives no reason`).toHaveText(action);
  } else {
    await expect(item, `${action} is disabled`).toBeDisabled();
    await expect(item, `${action} says why`).toContainText(state.reason);
  }
}

/** Presses Tab until `target` has the focus (at most `maxTabs` times); fails if it never does. */
export async function tabTo(page: Page, target: Locator, maxTabs = 30): Promise<void> {
  for (let i = 0; i < maxTabs; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${maxTabs} presses`);
}

/**
 * Waits until no transition or animation runs (a dialog fading in, a ripple), so that axe sees the
 * colours the user sees. Endless animations (a spinner) do not count.
 */
export async function waitForStillness(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            document
              .getAnimations()
              .filter(
                (a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity,
              ).length,
        ),
      { message: 'no animation is running' },
    )
    .toBe(0);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The create form as a walk through it needs it. */
export interface CreateForm {
  dialog: Locator;
  name: Locator;
  description: Locator;
  generate: Locator;
}

/** Clicks "Add New API Key" (the first, when the empty state shows a second) and waits for its dialog. */
export async function openCreateForm(page: Page): Promise<CreateForm> {
  await page.getByRole('button', { name: 'Add New API Key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add New API Key' });
  await expect(dialog).toBeVisible();
  return {
    dialog,
    name: dialog.getByRole('textbox', { name: 'API Key Name' }),
    description: dialog.getByRole('textbox', { name: 'Description' }),
    generate: dialog.getByRole('button', { name: 'Generate' }),
  };
}
