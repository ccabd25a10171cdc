import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockControl } from '../../mocks/control';
import { server } from '../../mocks/node';
import { contractTraffic } from '../../test/contract';
import { anySignal } from './any-signal';
import { candidateCredential, configureApiClient, palette } from './client';
import { ApiError } from './errors';
import { redact } from './redact';

const nativeAny = Object.getOwnPropertyDescriptor(AbortSignal, 'any');

beforeEach(() => configureApiClient({ baseUrl: '' }));
afterEach(() => {
  if (nativeAny) Object.defineProperty(AbortSignal, 'any', nativeAny);
  configureApiClient({ baseUrl: '' });
});

/** As in Firefox before 124 and Safari before 17.4. */
function withoutAbortSignalAny(): void {
  Reflect.deleteProperty(AbortSignal, 'any');
  expect('any' in AbortSignal).toBe(false);
}

describe('a query with a signal, in a browser without AbortSignal.any', () => {
  it('gets its answer', async () => {
    withoutAbortSignalAny();
    const { data } = await palette.GET('/v1/apiKeys', { signal: new AbortController().signal });
    expect(data?.items?.length).toBeGreaterThan(0);
  });

  it('stops when its caller aborts it, as a cancelled query', async () => {
    withoutAbortSignalAny();
    mockControl.setScenario({ latency: 2_000 });
    const controller = new AbortController();
    const call = palette.GET('/v1/apiKeys', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('times out when the server does not answer in time', async () => {
    withoutAbortSignalAny();
    configureApiClient({ baseUrl: '', timeoutMs: 50 });
    mockControl.setScenario({ latency: 2_000 });
    const call = palette.GET('/v1/apiKeys', { signal: new AbortController().signal });
    await expect(call).rejects.toMatchObject({ status: 0, code: 'Timeout' });
    await expect(call).rejects.toBeInstanceOf(ApiError);
  });
});

describe('anySignal', () => {
  it('aborts with the reason of the first signal that aborts, and lets go of the others', () => {
    const first = new AbortController();
    const second = new AbortController();
    const combined = anySignal([first.signal, second.signal]);
    expect(combined.aborted).toBe(false);
    second.abort('second');
    expect(combined.aborted).toBe(true);
    expect(combined.reason).toBe('second');
    first.abort('first');
    expect(combined.reason).toBe('second');
  });

  it('is aborted at once when a signal already is', () => {
    expect(anySignal([new AbortController().signal, AbortSignal.abort('gone')]).reason).toBe('gone');
  });
});

describe('the credential in use', () => {
  const key = 'an odd key, with spaces';
  /** A refusal that echoes the key it was sent, as Palette has been seen to do. */
  const echo = http.get('*/v1/users/info', ({ request }) =>
    HttpResponse.json(
      { code: 'ResourceNotFound', message: `no key '${request.headers.get('ApiKey')}'`, ref: 'r1' },
      { status: 404 },
    ),
  );

  it('is redacted from the error verbatim, and from anything redacted afterwards', async () => {
    contractTraffic.exemptAnswers(); // Palette's own answer, which the subset does not declare
    server.use(echo);
    configureApiClient({ baseUrl: '', getAuthHeaders: () => ({ ApiKey: key }) });
    const error = await palette.GET('/v1/users/info').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'ResourceNotFound', ref: 'r1' });
    expect(error).toHaveProperty('message', "no key '[redacted]'");
    expect(redact(`logged: ${key}`)).toBe('logged: [redacted]');
  });

  it('of a sign-in check is the candidate, and its 401 does not end the session', async () => {
    const onUnauthorized = vi.fn();
    configureApiClient({
      baseUrl: '',
      getAuthHeaders: () => ({ ApiKey: 'the-session-key' }),
      onUnauthorized,
    });
    mockControl.setScenario({ failures: ['session-expired'] });
    const seen: (string | null)[] = [];
    const listen = ({ request }: { request: Request }) => void seen.push(request.headers.get('ApiKey'));
    server.events.on('request:start', listen);
    const call = palette.GET('/v1/users/info', {
      middleware: [candidateCredential({ ApiKey: 'the-candidate-key' })],
    });
    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(seen).toEqual(['the-candidate-key']);
    expect(onUnauthorized).not.toHaveBeenCalled();
    await expect(palette.GET('/v1/users/info')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledWith(expect.any(ApiError), { ApiKey: 'the-session-key' });
    server.events.removeListener('request:start', listen);
  });
});

describe('an answer that is not JSON', () => {
  it('is an ApiError that says so, not a crash', async () => {
    contractTraffic.exemptAnswers(); // a misrouted proxy's page, outside the contract on purpose
    server.use(http.get('*/v1/apiKeys', () => new HttpResponse('<!doctype html><p>Welcome</p>')));
    const call = palette.GET('/v1/apiKeys');
    await expect(call).rejects.toMatchObject({ status: 502, code: 'UnreadableAnswer' });
  });
});
