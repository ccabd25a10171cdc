import { describe, expect, it } from 'vitest';
import { redact } from './redact';

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
