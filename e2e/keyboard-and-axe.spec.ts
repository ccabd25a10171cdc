import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, MY_KEYS, TENANT_KEYS, test, type Theme } from './fixtures';
import {
  confirmDialog,
  CreateKeyDialog,
  EditKeyDialog,
  menuItem,
  runRowAction,
  tabTo,
  waitForStillness,
  type RowAction,
} from './pages/key-dialogs';
import { ReplaceDialog } from './pages/replace-dialog';

// Every test starts from a freshly seeded tenant in its own context, so the tests are independent.
// Whole flows with several axe scans: allow them more than the default 30 s on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

// --- Accessibility of the dialogs --------------------------------------------------------------

async function axeOnDialog(page: Page, dialog: Locator, theme: Theme): Promise<void> {
  await expect(dialog).toBeVisible();
  await waitForStillness(page);
  await expectNoAxeViolations(page, { theme, only: 'dialogs' });
  await expect(dialog).toBeVisible();
}

const ROW_DIALOGS: {
  title: string;
  action: RowAction;
  dialog: (page: Page) => Locator;
  says: string;
  destructive: boolean;
}[] = [
  {
    title: 'edit dialog',
    action: 'Edit',
    dialog: (page) => new EditKeyDialog(page).dialog,
    says: 'Keys cannot be reassigned',
    destructive: false,
  },
  {
    title: 'replace dialog',
    action: 'Replace…',
    dialog: (page) => page.getByRole('dialog', { name: 'Replace ci-deploy' }),
    says: 'keeps working until you choose to revoke it',
    destructive: false,
  },
  {
    title: 'revoke confirmation',
    action: 'Revoke',
    dialog: (page) => confirmDialog(page, 'Revoke', 'ci-deploy'),
    says: 'Anything using this key stops working at once',
    destructive: true,
  },
  {
    title: 'delete confirmation',
    action: 'Delete',
    dialog: (page) => confirmDialog(page, 'Delete', 'ci-deploy'),
    says: 'This key is still active.',
    destructive: true,
  },
];

test.describe('accessibility of the dialogs (axe, WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark'] satisfies Theme[]) {
    test(`create form, its errors and the secret view, ${theme} theme`, async ({ page, openKeys }) => {
      await page.emulateMedia({ colorScheme: theme });
      // The tenant page as the admin: the form has every field, "User Name" included.
      await openKeys('admin', TENANT_KEYS);
      const create = new CreateKeyDialog(page);

      await create.open();
      await axeOnDialog(page, create.form, theme);

      await create.expiryOption('Custom').check();
      await create.customDate.fill('2000-01-01');
      await create.generate.click();
      await create.expectFieldError(create.name, 'Enter a name for the key');
      await create.expectFieldError(create.customDate, 'Choose a date from tomorrow on');
      await axeOnDialog(page, create.form, theme);

      await create.expiryOption('30 days').check();
      await create.createKey('axe-check');
      await create.copy.click();
      await expect(create.announcement).toHaveText('Copied');
      await axeOnDialog(page, create.secretView, theme);
      await create.finish();
    });

    test(`replace: the secret view, the choice about the old key, and the flag in its row, ${theme} theme`, async ({
      page,
      openKeys,
    }) => {
      await page.emulateMedia({ colorScheme: theme });
      const keys = await openKeys('admin', TENANT_KEYS);
      const replace = new ReplaceDialog(page, 'ci-deploy');
      await replace.open(keys);
      await replace.createSuccessor();
      await axeOnDialog(page, replace.secretView, theme);
      await replace.secretSeen();
      await axeOnDialog(page, replace.retire, theme);
      await replace.keep.click();
      await expect(replace.retire).toBeHidden();
      await expect(keys.row('ci-deploy').getByRole('link', { name: /Replaced by/ })).toBeVisible();
      await waitForStillness(page);
      await expectNoAxeViolations(page, { theme });
    });

    for (const target of ROW_DIALOGS) {
      test(`${target.title}, ${theme} theme`, async ({ page, openKeys }) => {
        await page.emulateMedia({ colorScheme: theme });
        const keys = await openKeys('user', MY_KEYS);
        await runRowAction(keys, 'ci-deploy', target.action);
        const dialog = target.dialog(page);
        await expect(dialog).toContainText(target.says);
        await axeOnDialog(page, dialog, theme);
        await dialog.getByRole('button', { name: 'Cancel' }).click();
        await expect(dialog).toBeHidden();
      });
    }
  }
});

// --- Keyboard ----------------------------------------------------------------------------------

test('keyboard: Add New API Key and the row menu work without a mouse', async ({ page, openKeys }) => {
  const keys = await openKeys('user', MY_KEYS);
  const create = new CreateKeyDialog(page);

  // Tab to the button, Enter: the dialog opens with the focus on its first field.
  await tabTo(page, create.button);
  await page.keyboard.press('Enter');
  await expect(create.form).toBeVisible();
  await expect(create.name).toBeFocused();

  // Cancel by keyboard: the focus goes back to the button.
  await tabTo(page, create.cancel);
  await page.keyboard.press('Enter');
  await expect(create.form).toBeHidden();
  await expect(create.button).toBeFocused();

  // The row menu: Enter opens it on its first item; the arrows walk the items and wrap around.
  const actions = keys.actionsButton('ci-deploy');
  await tabTo(page, actions);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Actions for ci-deploy' });
  await expect(menu).toBeVisible();
  const viewDetails = menu.getByRole('menuitem', { name: 'View details' });
  await expect(viewDetails).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Edit')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Replace…')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Revoke')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Delete')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(viewDetails).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(menuItem(menu, 'Delete')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(menuItem(menu, 'Edit')).toBeFocused();

  // Enter on an item opens its dialog, with the focus inside; closing it returns the focus to the
  // row's button.
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  const edit = new EditKeyDialog(page);
  await expect(edit.dialog).toBeVisible();
  await expect(edit.name).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(edit.dialog).toBeHidden();
  await expect(actions).toBeFocused();

  // Escape closes the menu and returns the focus to its button too.
  await page.keyboard.press('Enter');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem').and(page.locator(':focus'))).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();
});
