import type { Page } from '@playwright/test';
import type { Persona } from '../fixtures';
import type { FlowRecorder } from './recorder';
import { expect, test } from './recorder';
import { open, restPointer, TENANT_KEYS, type OpenAs } from './steps';

async function walk(page: Page, openAs: OpenAs, flow: FlowRecorder<'access'>, persona: Persona) {
  const title = page.getByRole('heading', { level: 1 });
  if (persona === 'user')
    await flow.capture('forbidden', async () => {
      await open(openAs, persona, TENANT_KEYS);
      await expect(title).toHaveText("You don't have access");
      await restPointer(page);
    });
  await flow.capture('not-found', async () => {
    await open(openAs, persona, '/no/such/page');
    await expect(title).toHaveText('Page not found');
    await restPointer(page);
  });
}

// The smoke run of `npm test` (`npm run flows:smoke`): the cheapest flow, to check that the generator runs.
test('access and errors as admin', { tag: '@smoke' }, async ({ page, openAs, recordFlow }) => {
  const flow = recordFlow('access', 'admin');
  await walk(page, openAs, flow, 'admin');
  expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
});

for (const persona of ['user', 'viewer'] as const)
  test(`access and errors as ${persona}`, async ({ page, openAs, recordFlow }) => {
    const flow = recordFlow('access', persona);
    await walk(page, openAs, flow, persona);
    expect(flow.missing(), 'states of the catalog not captured').toEqual([]);
  });
