import { PERSONAS } from '../src/mocks/personas';
import { expect, MY_KEYS, test } from './fixtures';
import { CreateKeyDialog, keyCount } from './pages/key-dialogs';
import { keyName, keysOf } from './pages/mock-api';

// Every test starts from a freshly seeded tenant in its own context, so the tests are independent.
// Whole flows: allow them more than the default 30 s on a busy machine.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

// --- Bad input ---------------------------------------------------------------------------------

const NAME_RULE = 'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit';

/** Adds `days` to a `YYYY-MM-DD` date (calendar arithmetic, no time zone involved). */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

test.describe('bad input', () => {
  test('every bad value gets its message on its field, and nothing is created', async ({
    page,
    openKeys,
    consoleErrors,
    browserDialogs,
  }) => {
    await openKeys('user', MY_KEYS);
    const uma = PERSONAS.user.uid;
    const count = (await keysOf(page, uma)).length;
    const create = new CreateKeyDialog(page);
    await create.open();

    const markup = '<img src=x onerror="window.__e2eInjected=1">';
    const names: [string, string, string][] = [
      ['empty', '', 'Enter a name for the key'],
      ['whitespace only', '   \t ', 'Enter a name for the key'],
      ['65 characters', `k${'e'.repeat(63)}y`, 'Use at most 64 characters'],
      ['a character outside the set', 'deploy/prod', NAME_RULE],
      ['a leading dash', '-deploy', NAME_RULE],
      ['markup', markup, NAME_RULE],
      ['a duplicate in another case', 'CI-DEPLOY', 'This user already has a key with this name'],
      ['a duplicate with spaces around', '  Local-Dev ', 'This user already has a key with this name'],
    ];
    for (const [what, value, message] of names) {
      await test.step(`name: ${what}`, async () => {
        await create.name.fill(value);
        await create.generate.click();
        await create.expectFieldError(create.name, message);
        await expect(create.name).toHaveValue(value);
        await expect(create.form).toBeVisible();
        expect(await keysOf(page, uma)).toHaveLength(count);
      });
    }
    // The markup stayed text.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(await page.evaluate(() => '__e2eInjected' in window)).toBe(false);

    // Custom dates: the field offers tomorrow to one year ahead; a typed date outside is refused.
    await create.name.fill('dated-key');
    await create.expiryOption('Custom').check();
    const tomorrow = await page.evaluate(() => {
      const d = new Date();
      const t = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 12);
      return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`;
    });
    await expect(create.customDate).toHaveAttribute('min', tomorrow);
    const max = (await create.customDate.getAttribute('max')) ?? '';
    expect(max >= addDays(tomorrow, 363) && max <= addDays(tomorrow, 365), `max ${max}`).toBe(true);
    const dates: [string, string, string][] = [
      ['today', addDays(tomorrow, -1), 'Choose a date from tomorrow on'],
      ['last year', addDays(tomorrow, -400), 'Choose a date from tomorrow on'],
      ['a day past the maximum', addDays(max, 1), 'Choose a date at most one year ahead'],
      ['two years ahead', addDays(tomorrow, 730), 'Choose a date at most one year ahead'],
    ];
    for (const [what, value, message] of dates) {
      await test.step(`custom date: ${what}`, async () => {
        await create.customDate.fill(value);
        await create.generate.click();
        await create.expectFieldError(create.customDate, message);
        await expect(create.customDate).toHaveValue(value);
        await expect(create.name).not.toHaveAttribute('aria-invalid', 'true');
        expect(await keysOf(page, uma)).toHaveLength(count);
      });
    }

    await create.cancel.click();
    await expect(create.form).toBeHidden();
    expect(await keysOf(page, uma)).toHaveLength(count);
    expect(browserDialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('a double click on Generate creates one key', async ({ page, openKeys }) => {
    await openKeys('user', MY_KEYS);
    const uma = PERSONAS.user.uid;
    const count = (await keysOf(page, uma)).length;
    const create = new CreateKeyDialog(page);

    await create.open();
    await create.name.fill('double-click');
    await create.generate.dblclick();
    await create.waitForSecret();
    await create.finish();
    expect((await keysOf(page, uma)).map(keyName).filter((n) => n === 'double-click')).toHaveLength(1);
    expect(await keysOf(page, uma)).toHaveLength(count + 1);

    // Two clicks in the same task, before React can disable the button.
    await create.open();
    await create.name.fill('same-tick');
    await create.generate.evaluate((button: HTMLButtonElement) => {
      button.click();
      button.click();
    });
    await create.waitForSecret();
    await create.finish();
    expect(await keysOf(page, uma)).toHaveLength(count + 2);
    await expect(keyCount(page)).toHaveText(`${count + 2} of 20 keys`);
  });

  test('a failing create keeps the form filled and shows the error', async ({ page, openKeys }) => {
    await openKeys('user', MY_KEYS);
    const uma = PERSONAS.user.uid;
    const count = (await keysOf(page, uma)).length;
    const create = new CreateKeyDialog(page);

    await page.evaluate(() => window.paletteMock?.setScenario({ failures: ['create'] }));
    await create.open();
    await create.name.fill('nightly-backup');
    await create.description.fill('Backs up the cluster profiles');
    await create.expiryOption('60 days').check();
    await create.generate.click();

    await expect(create.problem).toContainText('Could not create the API key');
    await expect(create.problem).toContainText(/Reference: mock-\S+/);
    await expect(create.name).toHaveValue('nightly-backup');
    await expect(create.description).toHaveValue('Backs up the cluster profiles');
    await expect(create.expiryOption('60 days')).toBeChecked();
    await expect(create.generate).toBeEnabled();
    expect(await keysOf(page, uma)).toHaveLength(count);

    // Once the service is back, the same form goes through.
    await page.evaluate(() => window.paletteMock?.setScenario({ failures: [] }));
    await create.generate.click();
    await create.waitForSecret();
    await create.finish();
    expect(await keysOf(page, uma)).toHaveLength(count + 1);
  });
});
