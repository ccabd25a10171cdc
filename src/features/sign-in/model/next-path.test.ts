import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path of the console, with its query and hash', () => {
    expect(safeNextPath('/tenant-settings/api-keys?q=ci&status=active#top')).toBe(
      '/tenant-settings/api-keys?q=ci&status=active#top',
    );
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    'relative',
    '/sign-in?next=/x',
  ])('sends %s home', (raw) => {
    expect(safeNextPath(raw)).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries where to come back to, unless that is home', () => {
    const [path, query] = signInPath('/profile/api-keys?q=a b').split('?');
    expect(path).toBe('/sign-in');
    const next = new URLSearchParams(query).get('next')!;
    expect(new URL(next, 'http://x').searchParams.get('q')).toBe('a b');
    expect(new URL(next, 'http://x').pathname).toBe('/profile/api-keys');
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath()).toBe('/sign-in');
  });
});
