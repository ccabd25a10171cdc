import type { Locator, Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  MY_KEYS,
  PERSONA_LIST,
  TENANT_KEYS,
  test,
  type Dataset,
  type Persona,
  type Theme,
} from './fixtures';
import { confirmDialog, CreateKeyDialog, EditKeyDialog, notice, waitForStillness } from './pages/key-dialogs';
import { ReplaceDialog } from './pages/replace-dialog';

// Every page and dialog on a phone (spec section 3): nothing overflows sideways, every row action is
// within the screen, the chart's week labels never overlap, axe finds nothing. New pages and dialogs
// join the PAGES and DIALOGS tables below; each entry runs at every phone size, for each persona.
test.describe.configure({ mode: 'parallel', timeout: 60_000 });

/**
 * The two phone sizes, and the theme each is checked in (both themes are covered that way). Every page
 * and dialog for every persona at 390 px. At 360 px, the narrowest, every page for its first persona;
 * the dialogs are full-screen below 600 px (one rule in theme.ts), so 390 px checks them for both.
 */
const PHONES = [
  { width: 390, height: 844, theme: 'light', everyPersona: true, dialogs: true },
  { width: 360, height: 740, theme: 'dark', everyPersona: false, dialogs: false },
] as const satisfies readonly {
  width: number;
  height: number;
  theme: Theme;
  everyPersona: boolean;
  dialogs: boolean;
}[];

/** An active key of each persona in the typical dataset. */
const OWN_KEY: Record<Persona, string> = {
  admin: 'terraform-prod',
  user: 'ci-deploy',
  viewer: 'grafana-reader',
};

/** What a page must show or satisfy on a phone, beyond the checks every page gets. */
type Check = (page: Page) => Promise<void>;

interface PageCase {
  name: string;
  path: string;
  personas: readonly Persona[];
  dataset?: Dataset;
  checks: readonly Check[];
}

interface DialogCase {
  name: string;
  path: string;
  personas: readonly Persona[];
  /** Opens the dialog from the loaded page and returns it. */
  open: (page: Page, persona: Persona) => Promise<Locator>;
}

/** Opens the actions menu of `keyName` (a card on a phone) and picks the item starting with `action`. */
async function rowAction(page: Page, keyName: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${keyName}`, exact: true }).click();
  const menu = page.getByRole('menu', { name: `Actions for ${keyName}` });
  await menu.getByRole('menuitem', { name: new RegExp(`^${action}`) }).click();
  await expect(menu).toBeHidden();
}

async function selectPage(page: Page): Promise<Locator> {
  await page.getByRole('checkbox', { name: 'Select all keys on this page' }).check();
  return page.getByRole('region', { name: 'Bulk actions' });
}

const DIALOGS: readonly DialogCase[] = [
  {
    name: 'Add New API Key',
    path: MY_KEYS,
    personas: PERSONA_LIST,
    open: async (page) => {
      const create = new CreateKeyDialog(page);
      await create.open();
      return create.form;
    },
  },
  {
    name: 'Add New API Key for another user',
    path: TENANT_KEYS,
    personas: ['admin'],
    open: async (page) => {
      const create = new CreateKeyDialog(page);
      await create.open();
      await create.chooseOwner('Priya', /Priya Patel/);
      return create.form;
    },
  },
  {
    name: 'the secret view with "Copy as" curl',
    path: MY_KEYS,
    personas: PERSONA_LIST,
    open: async (page) => {
      const create = new CreateKeyDialog(page);
      await create.open();
      await create.createKey('phone-check');
      await create.secretView
        .getByRole('group', { name: 'Copy as' })
        .getByRole('button', { name: 'curl' })
        .click();
      return create.secretView;
    },
  },
  {
    name: 'Edit API Key',
    path: MY_KEYS,
    personas: PERSONA_LIST,
    open: async (page, persona) => {
      await rowAction(page, OWN_KEY[persona], 'Edit');
      return new EditKeyDialog(page).dialog;
    },
  },
  {
    name: 'the revoke confirmation',
    path: MY_KEYS,
    personas: PERSONA_LIST,
    open: async (page, persona) => {
      await rowAction(page, OWN_KEY[persona], 'Revoke');
      return confirmDialog(page, 'Revoke', OWN_KEY[persona]);
    },
  },
  {
    name: 'the delete confirmation',
    path: MY_KEYS,
    personas: PERSONA_LIST,
    open: async (page, persona) => {
      await rowAction(page, OWN_KEY[persona], 'Delete');
      return confirmDialog(page, 'Delete', OWN_KEY[persona]);
    },
  },
  {
    name: "Replace (the successor's name, owner and expiry)",
    path: MY_KEYS,
    personas: PERSONA_LIST,
    open: async (page, persona) => {
      await rowAction(page, OWN_KEY[persona], 'Replace');
      return new ReplaceDialog(page, OWN_KEY[persona]).form;
    },
  },
  {
    name: 'Replace, once the secret was seen: revoke the old key now, or keep it',
    path: MY_KEYS,
    personas: ['user'],
    open: async (page, persona) => {
      await rowAction(page, OWN_KEY[persona], 'Replace');
      const replace = new ReplaceDialog(page, OWN_KEY[persona]);
      await expect(replace.form).toBeVisible();
      await replace.createSuccessor();
      await replace.secretSeen();
      return replace.retire;
    },
  },
  {
    name: 'the bulk delete confirmation',
    path: TENANT_KEYS,
    personas: ['admin'],
    open: async (page) => {
      const bar = await selectPage(page);
      await bar.getByRole('button', { name: 'Delete' }).click();
      return page.getByRole('dialog', { name: /^Delete \d+ keys\?$/ });
    },
  },
  {
    name: 'the bulk revoke results',
    path: TENANT_KEYS,
    personas: ['admin'],
    open: async (page) => {
      const bar = await selectPage(page);
      await bar.getByRole('button', { name: 'Revoke' }).click();
      await page
        .getByRole('dialog', { name: /^Revoke \d+ keys\?$/ })
        .getByRole('button', { name: /^Revoke \d+ keys$/ })
        .click();
      const results = page.getByRole('dialog', { name: /^Revoked \d+ of \d+ keys$/ });
      await expect(results).toBeVisible({ timeout: 20_000 });
      return results;
    },
  },
];

function openUrl(persona: Persona, path: string, dataset: Dataset = 'typical'): string {
  return `${path}?${new URLSearchParams({ as: persona, dataset, latency: '0' }).toString()}&reset`;
}

async function openPage(page: Page, persona: Persona, path: string, dataset?: Dataset): Promise<void> {
  await page.goto(openUrl(persona, path, dataset));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${where}: the page is no wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

/** Every element `locator` finds lies within the screen's width. */
async function expectWithinWidth(page: Page, locator: Locator, what: string): Promise<void> {
  const width = await page.evaluate(() => window.innerWidth);
  const boxes = await locator.evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return {
        name: element.getAttribute('aria-label') ?? element.textContent ?? '',
        left: box.left,
        right: box.right,
      };
    }),
  );
  expect(boxes.length, `${what}: some are shown`).toBeGreaterThan(0);
  const outside = boxes.filter((box) => box.left < 0 || box.right > width);
  expect(outside, `${what} outside the screen (0 to ${width} px)`).toEqual([]);
}

/** The week labels the chart shows (not those it hides when narrow) do not overlap, left to right. */
async function expectWeekLabelsApart(page: Page): Promise<void> {
  const chart = page.getByRole('group', { name: 'Expiring per week' });
  await expect(chart.getByRole('button')).toHaveCount(12);
  const labels = await chart.getByRole('button').evaluateAll((bars) =>
    bars.flatMap((bar) => {
      // The last line of each bar is its week's date; a hidden one is clipped to a 1 px box.
      const label = [...bar.querySelectorAll('span, p')].find((node) =>
        /^[A-Z][a-z]+ \d+$/.test(node.textContent ?? ''),
      );
      if (!label) return [];
      const box = label.getBoundingClientRect();
      return box.width > 1 ? [{ text: label.textContent ?? '', left: box.left, right: box.right }] : [];
    }),
  );
  expect(labels.length, 'at least a few week labels show').toBeGreaterThanOrEqual(3);
  for (let i = 1; i < labels.length; i += 1)
    expect(
      labels[i]!.left,
      `"${labels[i - 1]!.text}" and "${labels[i]!.text}" do not overlap`,
    ).toBeGreaterThanOrEqual(labels[i - 1]!.right);
}

function shows(what: (page: Page) => Locator): Check {
  return async (page) => {
    await expect(what(page)).toBeVisible();
  };
}

/** The keys show as cards (no table), each card's actions button and menu within the screen, and the pagination too. */
async function keyCards(page: Page): Promise<void> {
  const cards = page.getByRole('list', { name: 'API keys' });
  await expect(cards.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  const buttons = cards.getByRole('button', { name: /^Actions for / });
  await expectWithinWidth(page, buttons, 'row actions buttons');
  await buttons.first().click();
  await expectWithinWidth(page, page.getByRole('menu'), 'the row actions menu');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expectWithinWidth(page, page.getByRole('button', { name: /next page/i }), 'pagination');
}

const weekLabelsApart: Check = expectWeekLabelsApart;

/** The Export menu opens within the screen, and closes. */
async function exportMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: /^CSV/ })).toBeVisible();
  await expectWithinWidth(page, menu, 'the Export menu');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
}

/** Opens the user's own key's page from the name on its card; the page's checks then run there. */
function ownKeyPage(persona: Persona): Check {
  return async (page) => {
    const cards = page.getByRole('list', { name: 'API keys' });
    await cards.getByRole('link', { name: OWN_KEY[persona], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OWN_KEY[persona]);
    await expect(page.getByRole('region', { name: 'History', exact: true })).toBeVisible();
    await expectWithinWidth(
      page,
      page.getByRole('region', { name: 'What you can do', exact: true }).getByRole('button'),
      "the key page's actions",
    );
  };
}

const PAGES: readonly PageCase[] = [
  { name: 'My API Keys', path: MY_KEYS, personas: PERSONA_LIST, checks: [keyCards, exportMenu] },
  ...PERSONA_LIST.map((persona) => ({
    name: "a key's own page",
    path: MY_KEYS,
    personas: [persona],
    checks: [ownKeyPage(persona)],
  })),
  {
    name: 'Tenant Settings › API Keys',
    path: TENANT_KEYS,
    personas: ['admin', 'viewer'],
    checks: [keyCards, weekLabelsApart, exportMenu],
  },
  {
    name: 'Tenant Settings › API Keys on 20,000 keys',
    path: TENANT_KEYS,
    personas: ['admin'],
    dataset: 'large',
    checks: [keyCards, weekLabelsApart],
  },
  {
    name: 'My API Keys with no keys',
    path: MY_KEYS,
    personas: ['user'],
    dataset: 'empty',
    checks: [shows((page) => page.getByText('No API keys yet'))],
  },
  {
    name: 'the no-access page',
    path: TENANT_KEYS,
    personas: ['user'],
    checks: [shows((page) => page.getByRole('heading', { level: 1, name: "You don't have access" }))],
  },
  {
    name: 'the not-found page',
    path: '/no-such-page',
    personas: ['user'],
    checks: [shows((page) => page.getByRole('heading', { level: 1, name: 'Page not found' }))],
  },
];

for (const phone of PHONES) {
  test.describe(`on a phone, ${phone.width}×${phone.height} (${phone.theme} theme)`, () => {
    test.use({ viewport: { width: phone.width, height: phone.height }, colorScheme: phone.theme });

    for (const target of PAGES)
      for (const persona of phone.everyPersona ? target.personas : target.personas.slice(0, 1))
        test(`${target.name} as ${persona}`, async ({ page, consoleErrors }) => {
          await openPage(page, persona, target.path, target.dataset);
          for (const check of target.checks) await check(page);
          await waitForStillness(page);
          await expectNoSidewaysScroll(page, target.name);
          await expectNoAxeViolations(page, { theme: phone.theme });
          expect(consoleErrors).toEqual([]);
        });

    for (const target of phone.dialogs ? DIALOGS : [])
      for (const persona of phone.everyPersona ? target.personas : target.personas.slice(0, 1))
        test(`${target.name} as ${persona}`, async ({ page, consoleErrors }) => {
          await openPage(page, persona, target.path);
          await expect(page.getByRole('button', { name: /^Actions for / }).first()).toBeVisible();
          const dialog = await target.open(page, persona);
          await expect(dialog).toBeVisible();
          await waitForStillness(page);
          await expectWithinWidth(page, dialog, target.name);
          // Nothing inside scrolls sideways either.
          const paper = dialog.locator('xpath=ancestor-or-self::*[contains(@class, "MuiDialog-paper")]');
          const inside = await paper.evaluate((element) => ({
            scroll: element.scrollWidth,
            client: element.clientWidth,
          }));
          expect(inside.scroll, `${target.name}: no sideways scroll inside`).toBeLessThanOrEqual(
            inside.client,
          );
          await expectNoSidewaysScroll(page, target.name);
          await expectNoAxeViolations(page, { theme: phone.theme, only: 'dialogs' });
          expect(consoleErrors).toEqual([]);
        });
  });
}

test.describe('floating controls on a phone (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the Scenario button covers neither the end of the page nor a notice', async ({ page }) => {
    await openPage(page, 'user', MY_KEYS);
    const scenario = page.getByRole('button', { name: 'Scenario' });
    await expect(scenario).toBeVisible();
    await expect(page.getByRole('list', { name: 'API keys' }).getByRole('listitem')).toHaveCount(4);

    // Scrolled to the end, the last of the page (the pagination) lies above the button.
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement?.scrollHeight ?? 0));
    const pagination = page.getByRole('button', { name: /next page/i });
    const [button, last] = [await scenario.boundingBox(), await pagination.boundingBox()];
    expect(
      button && last && last.y + last.height <= button.y,
      'the pagination ends above the Scenario button',
    ).toBe(true);

    // A notice rises above the button instead of sliding under it.
    await rowAction(page, OWN_KEY.user, 'Revoke');
    await confirmDialog(page, 'Revoke', OWN_KEY.user).getByRole('button', { name: 'Revoke' }).click();
    const revoked = notice(page, `Revoked ${OWN_KEY.user}`);
    await expect(revoked).toBeVisible();
    await waitForStillness(page);
    const [fab, snackbar] = [await scenario.boundingBox(), await revoked.boundingBox()];
    expect(
      fab && snackbar && snackbar.y + snackbar.height <= fab.y,
      'the notice is above the Scenario button',
    ).toBe(true);
  });
});

test.describe('between phone and desktop', () => {
  // One load per page, then the window is resized through the widths, as a user dragging its edge would.
  for (const [persona, path] of [
    ['user', MY_KEYS],
    ['admin', TENANT_KEYS],
  ] as const)
    test(`${path} scrolls sideways at no width from 600 to 1100 px`, async ({ page }) => {
      await page.setViewportSize({ width: 1100, height: 900 });
      await openPage(page, persona, path);
      for (const width of [1100, 1024, 900, 768, 600]) {
        await page.setViewportSize({ width, height: 900 });
        await expect(page.getByRole('button', { name: /^Actions for / }).first()).toBeVisible();
        await waitForStillness(page);
        await expectNoSidewaysScroll(page, `${path} at ${width} px`);
      }
    });
});
