import { describe, expect, it } from 'vitest';
import { DAY_MS } from './status';
import { descriptionSchema, expirySchema, keyNameSchema, parseRfc3339, sameKeyName } from './schemas';

const message = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? undefined : result.error?.issues[0]?.message;

describe('keyNameSchema', () => {
  it.each(['ci-deploy', 'Build 2026.1', 'a', '9_lives', 'ключ', 'מפתח', 'x'.repeat(64)])(
    'accepts %j',
    (name) => {
      expect(keyNameSchema.safeParse(name).success).toBe(true);
    },
  );

  it('trims before checking', () => {
    expect(keyNameSchema.parse('  deploy  ')).toBe('deploy');
  });

  it.each([
    ['', 'Enter a name for the key'],
    ['   ', 'Enter a name for the key'],
    ['x'.repeat(65), 'Use at most 64 characters'],
    [
      '<img src=x onerror=alert(1)>',
      'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit',
    ],
    ['-leading', 'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit'],
    ['rocket 🚀', 'Use letters, digits, spaces, "-", "_" and "."; start with a letter or digit'],
  ])('refuses %j', (name, text) => {
    expect(message(keyNameSchema.safeParse(name))).toBe(text);
  });
});

describe('expirySchema', () => {
  const now = Date.UTC(2026, 0, 1);
  it('accepts tomorrow and one year ahead', () => {
    expect(expirySchema(now).safeParse(new Date(now + DAY_MS).toISOString()).success).toBe(true);
    expect(expirySchema(now).safeParse(new Date(now + 365 * DAY_MS).toISOString()).success).toBe(true);
  });
  it('refuses the past, more than a year ahead, and garbage', () => {
    expect(message(expirySchema(now).safeParse(new Date(now - 1).toISOString()))).toBe(
      'The expiration date must be in the future',
    );
    expect(message(expirySchema(now).safeParse(new Date(now + 367 * DAY_MS).toISOString()))).toBe(
      'The expiration date can be at most one year ahead',
    );
    expect(message(expirySchema(now).safeParse('soon'))).toBe('Enter a valid expiration date');
  });
});

describe('expirySchema: strict RFC 3339 with an offset', () => {
  const now = Date.UTC(2026, 11, 1);
  it.each([
    '2027-02-30T00:00:00Z',
    '2027-01-01',
    'Jan 5 2027',
    '2027-01-05T00:00:00',
    '2027-01-05 10:00:00Z',
    '2027-13-01T00:00:00Z',
    '2027-01-05T24:00:00Z',
    '2027-01-05T10:00:00+25:00',
  ])('refuses %j', (value) => {
    expect(message(expirySchema(now).safeParse(value))).toBe('Enter a valid expiration date');
  });
  it('accepts offsets and fractions, and reads them as the instant they name', () => {
    expect(parseRfc3339('2027-01-05T10:00:00+02:00')).toBe(Date.UTC(2027, 0, 5, 8));
    expect(parseRfc3339('2027-01-05T10:00:00.250-01:30')).toBe(Date.UTC(2027, 0, 5, 11, 30, 0, 250));
    expect(parseRfc3339('2028-02-29T00:00:00Z')).toBe(Date.UTC(2028, 1, 29));
    expect(expirySchema(now).safeParse('2027-01-05T10:00:00+02:00').success).toBe(true);
  });
});

describe('descriptionSchema', () => {
  it.each(['invoice \u202Egpj.exe', 'a\u2066b\u2069', 'bell\u0007', 'line\nbreak', 'nul\u0000', 'c1\u0085'])(
    'refuses control characters and direction overrides in %j, saying so',
    (value) => {
      expect(message(descriptionSchema.safeParse(value))).toBe(
        'Remove control characters and text-direction overrides',
      );
    },
  );
  it.each(['مفتاح لخط النشر الآلي', 'Terraform runs — prod 🚀', ''])('accepts %j', (value) => {
    expect(descriptionSchema.safeParse(value).success).toBe(true);
  });
});

describe('sameKeyName', () => {
  it('ignores letter case and surrounding spaces', () => {
    expect(sameKeyName('Deploy', ' deploy ')).toBe(true);
    expect(sameKeyName('deploy', 'deploy2')).toBe(false);
  });
});
