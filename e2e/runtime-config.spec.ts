import { existsSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * The production build and its runtime configuration (config.json beside index.html). The build
 * never runs the mock by itself: without the file it talks to Palette on its own origin; a file it
 * cannot read or understand stops it with a page that says so. `vite preview` (these tests) serves
 * a config.json that selects the mock; each test here stands in for a deployment's own file.
 */

const MY_KEYS = '/profile/api-keys';
/** The mock's chunks and its service worker, as `npm run build` names them. */
const MOCK_DOWNLOAD = /mockServiceWorker\.js|\/assets\/(browser|control|designer)-[\w-]+\.js/;

type ConfigAnswer = (route: Route) => Promise<void>;

/** Opens My API Keys with `answer` standing in for the deployment's config.json; collects the requests. */
async function openWithConfig(page: Page, answer: ConfigAnswer): Promise<string[]> {
  await page.route('**/config.json', answer);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(MY_KEYS);
  return requests;
}

/** What tells a user (and the browser) that the mock runs: the app bar's chip, the worker, its chunks. */
async function expectNoMock(page: Page, requests: string[]) {
  await expect(page.getByText('Mock data')).toHaveCount(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(requests.filter((url) => MOCK_DOWNLOAD.test(url))).toEqual([]);
}

function problemPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'The console cannot start' }),
    problem: page.getByRole('alert'),
    retry: page.getByRole('button', { name: 'Retry' }),
  };
}

test('npm run preview serves a config.json that selects the mock, which the build itself does not hold', async ({
  page,
  request,
}) => {
  expect(await (await request.get('/config.json')).json()).toEqual({ backend: 'mock', apiBaseUrl: '' });
  expect(existsSync('dist/config.json'), 'a config.json inside dist/').toBe(false);
  expect(existsSync('dist/index.html'), 'the build under test').toBe(true);
  await page.goto(`${MY_KEYS}?as=admin&reset`);
  await expect(page.getByRole('heading', { level: 1, name: 'My API Keys' })).toBeVisible();
  // So that the absence checked below can be seen.
  await expect(page.getByText('Mock data')).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
});

test('config.json is asked for once, by the page itself, while its scripts load, and on a deep link too', async ({
  page,
}) => {
  // The console reads it before anything else: fetched only once its script has run, it would add
  // a round trip before the first request to Palette.
  await page.goto(`${MY_KEYS}?as=user&reset`);
  await expect(page.getByRole('heading', { level: 1, name: 'My API Keys' })).toBeVisible();
  const loads = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('config.json'))
      .map((entry) => ({
        path: new URL(entry.name).pathname,
        by: entry instanceof PerformanceResourceTiming ? entry.initiatorType : '',
      })),
  );
  // One load, by the <link rel="preload"> of index.html: the console's own fetch took that answer.
  expect(loads).toEqual([{ path: '/config.json', by: 'link' }]);
});

test('without a config.json (404) the build talks to Palette on its own origin: sign-in, no mock', async ({
  page,
}) => {
  const requests = await openWithConfig(page, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' }),
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile%2Fapi-keys$/);
  await expectNoMock(page, requests);
});

test.describe('a config.json that cannot be used stops the console with a page that says why', () => {
  const cases: { name: string; answer: ConfigAnswer; says: RegExp }[] = [
    {
      name: 'a server error (5xx)',
      answer: (route) => route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' }),
      says: /config\.json could not be loaded: the server answered 503\./,
    },
    {
      name: 'no answer (network error)',
      answer: (route) => route.abort('connectionrefused'),
      says: /config\.json could not be loaded: the server did not answer\./,
    },
    {
      name: 'an HTML page instead of JSON',
      answer: (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' }),
      says: /config\.json is not JSON: the server sent text\/html\./,
    },
    {
      name: 'JSON that does not parse',
      answer: (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{ backend' }),
      says: /config\.json is not valid JSON\./,
    },
    {
      name: 'an unknown backend (a typo)',
      answer: (route) => route.fulfill({ json: { backend: 'palete', apiBaseUrl: '' } }),
      says: /unknown backend, "palete": use "palette"/,
    },
    {
      name: 'an apiBaseUrl that is not an http(s) URL',
      answer: (route) => route.fulfill({ json: { backend: 'palette', apiBaseUrl: 'javascript:alert(1)' } }),
      says: /invalid "apiBaseUrl", "javascript:alert\(1\)"/,
    },
  ];

  for (const { name, answer, says } of cases)
    test(name, async ({ page }) => {
      const requests = await openWithConfig(page, answer);
      const shown = problemPage(page);
      await expect(shown.heading).toBeVisible();
      await expect(shown.problem).toHaveText(says);
      await expect(shown.retry).toBeEnabled();
      await expect(page.getByRole('heading', { name: 'Sign in' })).toHaveCount(0);
      await expectNoMock(page, requests);
    });

  test('Retry reads the file again and starts the console once it is fixed', async ({ page }) => {
    let fixed = false;
    const requests = await openWithConfig(page, (route) =>
      fixed
        ? route.fulfill({ json: { backend: 'palette', apiBaseUrl: '' } })
        : route.fulfill({ status: 500, contentType: 'text/plain', body: 'oops' }),
    );
    const shown = problemPage(page);
    await expect(shown.problem).toHaveText(/answered 500/);

    await shown.retry.click();
    await expect(shown.problem).toHaveText(/answered 500/);
    await expect(shown.retry).toBeEnabled();

    fixed = true;
    await shown.retry.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await expect(shown.heading).toHaveCount(0);
    await expectNoMock(page, requests);
  });
});
