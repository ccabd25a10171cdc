import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { waitForStillness } from './pages/key-dialogs';
import { KeyTable } from './pages/key-table';

export { expect };

export const MY_KEYS = '/profile/api-keys';
export const TENANT_KEYS = '/tenant-settings/api-keys';

/** The mock's personas (`?as=`): Ava Admin (Tenant Admin), Uma User (no tenant role), Vic Viewer (Tenant Viewer). */
export type Persona = 'admin' | 'user' | 'viewer';
export const PERSONA_LIST: Persona[] = ['admin', 'user', 'viewer'];
/** The personas' display names, as the app bar and the table show them. */
export const PERSONA_NAMES: Record<Persona, string> = {
  admin: 'Ava Admin',
  user: 'Uma User',
  viewer: 'Vic Viewer',
};
export type Dataset = 'typical' | 'empty' | 'at-limit' | 'large';
export type Theme = 'light' | 'dark';

export interface OpenOptions {
  /** Seed data of the tab; `typical` unless told. */
  dataset?: Dataset;
  /** Reseed the tab's mock data first (default): every test starts from the seed. */
  reset?: boolean;
  /** More query parameters, e.g. `{ fail: 'list' }` or table state (`q`, `status`, `sort`, ...). */
  params?: Record<string, string>;
}

interface Fixtures {
  /**
   * Opens `path` signed in as `persona` and waits until the page is there (its h1 is visible).
   * The persona and the mock data stick to the tab (sessionStorage); every test has a fresh context.
   */
  openAs: (persona: Persona, path: string, options?: OpenOptions) => Promise<void>;
  /** `openAs`, then waits until the key table shows rows, and returns it. */
  openKeys: (persona: Persona, path: string, options?: OpenOptions) => Promise<KeyTable>;
  /** Console errors and uncaught exceptions of the page, from before the first navigation on. */
  consoleErrors: string[];
  /** The alert, confirm and prompt dialogs the page opened ("type: message"), each dismissed: markup in data must never run. */
  browserDialogs: string[];
}

export function appUrl(persona: Persona, path: string, options: OpenOptions = {}): string {
  const { dataset = 'typical', reset = true, params = {} } = options;
  const query = new URLSearchParams({ as: persona, dataset, ...params }).toString();
  // `reset` is a flag: the mock only checks that the parameter is there, and drops it after use.
  return `${path}?${query}${reset ? '&reset' : ''}`;
}

export const test = base.extend<Fixtures>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      // Chromium logs every 4xx/5xx answer as "Failed to load resource"; some are expected answers
      // (Palette refuses a user without a tenant role their own roles with 403). What the app says
      // about failed calls is asserted in the UI; this collects what the app itself logs or throws.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource:'))
        errors.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
    await use(errors);
  },

  browserDialogs: async ({ page }, use) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await use(dialogs);
  },

  openAs: async ({ page, consoleErrors: _collecting }, use) => {
    await use(async (persona, path, options) => {
      await page.goto(appUrl(persona, path, options));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  },

  openKeys: async ({ page, openAs }, use) => {
    await use(async (persona, path, options) => {
      await openAs(persona, path, options);
      const keys = new KeyTable(page);
      await keys.waitForRows();
      return keys;
    });
  },
});

/** The name of who is signed in, as the app bar shows it (the badge is named "Signed in as …"). */
export function signedInUser(page: Page, name: string): Locator {
  return page
    .getByRole('banner')
    .getByRole('group', { name: `Signed in as ${name}` })
    .getByText(name, { exact: true });
}

/** Relative luminance (0 black … 1 white) of the body's background. */
async function bodyLuminance(page: Page): Promise<number> {
  return page.locator('body').evaluate((body) => {
    const match = getComputedStyle(body).backgroundColor.match(/\d+(\.\d+)?/g) ?? [];
    const [r = 0, g = 0, b = 0] = match.slice(0, 3).map(Number);
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  });
}

/**
 * Puts the page in `theme` through the system preference (the console follows it by default), checks
 * that the theme took (body background dark or light), then runs axe against WCAG 2.0/2.1/2.2 A and AA.
 * Fails listing every violation with its rule, help text and the elements concerned. `only: 'dialogs'` scans the
 * open dialogs alone.
 */
export async function expectNoAxeViolations(
  page: Page,
  { theme = 'light', only }: { theme?: Theme; only?: 'dialogs' } = {},
) {
  await page.emulateMedia({ colorScheme: theme });
  if (theme === 'dark') {
    await expect
      .poll(() => bodyLuminance(page), { message: 'the body background is dark' })
      .toBeLessThan(0.1);
  } else {
    await expect
      .poll(() => bodyLuminance(page), { message: 'the body background is light' })
      .toBeGreaterThan(0.8);
  }
  // The body turns at once, but buttons and chips fade to the new theme's colours: a scan mid-fade
  // measures a blend (a contained button at 4.07:1, once, in a clean-clone run).
  await waitForStillness(page);

  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  // With a modal open the page behind it is inert (and scanned on its own by the page's tests): a scan of
  // the open dialogs alone takes a third of the time of the whole page's.
  if (only === 'dialogs') builder.include('[role="dialog"]');
  const results = await builder.analyze();
  const violations = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n` +
      v.nodes
        .map(
          (node) =>
            `  - ${node.target.join(' ')}: ${node.html.slice(0, 160)}\n    ${(node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ')}`,
        )
        .join('\n'),
  );
  expect(violations, `axe violations in ${theme} theme at ${page.url()}`).toEqual([]);
}
