import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { mockControl } from '../mocks/control';
import { server } from '../mocks/node';
import { contractTraffic as contract } from './contract';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Every request sent to the mock and every answer it gives, in every test, must match the Palette
  // OpenAPI subset (src/test/contract.ts); afterEach fails the test that strayed.
  server.events.on('request:start', ({ request }) => contract.request(request.clone()));
  server.events.on('response:mocked', ({ request, response }) =>
    contract.response(request, response.clone()),
  );
});
beforeEach(() => {
  mockControl.signInAs('admin');
  mockControl.setScenario({ failures: [], latency: 0 });
  mockControl.reset('typical');
});
afterEach(async () => {
  cleanup();
  server.resetHandlers();
  expect(await contract.take(), 'traffic outside the Palette contract').toEqual([]);
});
afterAll(() => server.close());
