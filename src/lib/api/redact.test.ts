import { describe, expect, it } from 'vitest';
import { redact, redactEverywhere } from './redact';

/** A Palette-shaped key (32 letters and digits) and one of 32 letters only, as some real keys are. */
const KEY = 'QMOI1ZVKVIoW6LM6uXqSWFPsjmt0juvl';
const LETTERS_ONLY_KEY = 'QMOIZVKVIoWLMuXqSWFPsjmtjuvlAbCd';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
/** An opaque token with no digit, too short to look like a key on its own. */
const OPAQUE = 'abcdefghijklmnop';

describe('redact', () => {
  it.each([
    ['invalid ApiKey: Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA', 'invalid ApiKey: [redacted]'],
    ['Authorization=abcdef123456 rejected', 'Authorization=[redacted] rejected'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig expired', 'token [redacted] expired'],
    ['key 7f3c9a1b2d4e5f60718293a4b5c6d7e8 is unknown', 'key [redacted] is unknown'],
    ['{"password":"hunter2hunter2"}', '{"password":"[redacted]"}'],
  ])('hides the credential in %j', (input, output) => {
    expect(redact(input)).toBe(output);
  });

  it('leaves ordinary messages alone', () => {
    const text = 'API key "ci-deploy" was not found (ref 42)';
    expect(redact(text)).toBe(text);
  });

  it('keeps long words without digits, such as English text', () => {
    expect(redact('internationalization failed')).toBe('internationalization failed');
  });
});

describe('the redaction table: every shape of credential goes', () => {
  it.each([
    // The scheme word is kept; the token after it goes, whatever it looks like.
    [`Authorization: Bearer ${OPAQUE}`, 'Authorization: Bearer [redacted]'],
    [`authorization: bearer ${JWT}`, 'authorization: bearer [redacted]'],
    [`"Authorization":"Bearer ${OPAQUE}"`, '"Authorization":"Bearer [redacted]"'],
    [`sent Bearer ${OPAQUE}x, refused`, 'sent Bearer [redacted], refused'],
    // camelCase, snake_case and kebab-case labels.
    [`refreshToken=${OPAQUE}`, 'refreshToken=[redacted]'],
    [`access_token=${OPAQUE}&scope=all`, 'access_token=[redacted]&scope=all'],
    [`x-api-key: ${OPAQUE}`, 'x-api-key: [redacted]'],
    [`{"clientSecret": "${OPAQUE}"}`, '{"clientSecret": "[redacted]"}'],
    [`apiKey='${KEY}'`, "apiKey='[redacted]'"],
    // Quoted values with spaces go whole.
    ['{"password":"correct horse battery staple"}', '{"password":"[redacted]"}'],
    [`{"password": "a \\"quoted\\" word", "user": "ava"}`, '{"password": "[redacted]", "user": "ava"}'],
    // Palette keys on their own: 32 letters and digits, or 32 letters only.
    [`ApiKey ${KEY} is not valid`, 'ApiKey [redacted] is not valid'],
    [`key ${KEY} not found`, 'key [redacted] not found'],
    [`key ${LETTERS_ONLY_KEY} not found`, 'key [redacted] not found'],
    [`ResourceNotFound: ${LETTERS_ONLY_KEY}`, 'ResourceNotFound: [redacted]'],
    // A token in the refresh path goes; the path around it stays readable.
    [`GET /v1/auth/refresh/${JWT} failed`, 'GET /v1/auth/refresh/[redacted] failed'],
    [`GET /v1/auth/refresh/${OPAQUE}?setCookie=false`, 'GET /v1/auth/refresh/[redacted]?setCookie=false'],
    [`GET /v1/auth/refresh/${KEY}`, 'GET /v1/auth/refresh/[redacted]'],
  ])('%j', (input, output) => {
    expect(redact(input)).toBe(output);
  });
});

describe('the redaction table: what must stay readable', () => {
  it.each([
    // A Palette uid (24 hex digits) and a UUID are identifiers, not secrets.
    'API key 5f8a1b2c3d4e5f6a7b8c9d0e not found',
    'user 64b7f2a9c1d3e5f7a9b1c3d5 is not active in this tenant',
    'ref 123e4567-e89b-12d3-a456-426614174000',
    // Paths and the words around a credential.
    'GET /v1/apiKeys/5f8a1b2c3d4e5f6a7b8c9d0e/state',
    'PUT /v1/tenants/64b7f2a9c1d3e5f7a9b1c3d5/resourceLimits',
    'The session has expired',
    'Invalid credentials',
    'Authorization failed for this request',
    'A token is required to refresh the session',
    'name must be at most 64 characters',
    'mock-mjx4k2-1a',
  ])('%j', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe('the credential in use', () => {
  it('goes verbatim, whatever its shape, once the client has sent it', () => {
    const odd = 'my key: with spaces & symbols!';
    const short = 'k-test1';
    expect(redact(`unknown key ${odd}.`)).toBe(`unknown key ${odd}.`);
    redactEverywhere(odd);
    redactEverywhere(short);
    expect(redact(`unknown key ${odd}.`)).toBe('unknown key [redacted].');
    expect(redact(`path /x/${encodeURIComponent(odd)}`)).toBe('path /x/[redacted]');
    // Too short to be a Palette credential: replacing it would garble ordinary words.
    expect(redact(`key ${short}`)).toBe(`key ${short}`);
  });

  it('goes whole when it contains another remembered one', () => {
    redactEverywhere('abc-def-ghi');
    redactEverywhere('xx abc-def-ghi yy');
    expect(redact('echo: xx abc-def-ghi yy')).toBe('echo: [redacted]');
  });
});
