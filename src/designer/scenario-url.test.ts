import { describe, expect, it } from 'vitest';
import { routePath, scenarioUrl, shareableLink, withScenario, type DesignerState } from './scenario-url';

const state: DesignerState = {
  persona: 'viewer',
  dataset: 'at-limit',
  latency: 400,
  failures: ['list', 'offline'],
};

describe('withScenario', () => {
  it('writes every setting and keeps the page’s own parameters', () => {
    const params = withScenario('?q=ci&status=active&as=admin&fail=create', state);
    expect(Object.fromEntries(params)).toEqual({
      q: 'ci',
      status: 'active',
      as: 'viewer',
      dataset: 'at-limit',
      latency: '400',
      fail: 'list,offline',
    });
  });

  it('writes the defaults too, so that a URL means the same in any tab', () => {
    const params = withScenario('', { persona: 'admin', dataset: 'typical', latency: 0, failures: [] });
    expect(params.get('latency')).toBe('0');
    expect(params.has('fail')).toBe(true);
    expect(params.get('fail')).toBe('');
  });
});

describe('routePath', () => {
  it.each([
    ['/profile/api-keys', '/', '/profile/api-keys'],
    ['/demo/profile/api-keys', '/demo', '/profile/api-keys'],
    ['/demo/profile/api-keys', '/demo/', '/profile/api-keys'],
    ['/demo', '/demo', '/'],
    ['/demo/', '/demo', '/'],
    ['/demonstration/x', '/demo', '/demonstration/x'],
  ])('%s under %s is %s', (pathname, basename, expected) => {
    expect(routePath(pathname, basename)).toBe(expected);
  });
});

describe('shareableLink', () => {
  const location = { pathname: '/tenant-settings/api-keys', search: '?q=ci&reset&p=%2Fx&as=admin', hash: '' };

  it('opens the page in the state from the seed, dropping one-shot parameters', () => {
    const link = shareableLink({ origin: 'https://console.example', basename: '/', location }, state);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://console.example/tenant-settings/api-keys');
    expect([...url.searchParams.keys()]).toEqual(['as', 'dataset', 'latency', 'fail', 'q', 'reset']);
    expect(url.searchParams.get('as')).toBe('viewer');
    expect(url.searchParams.get('fail')).toBe('list,offline');
  });

  it('points at the folder with the page in `p` for the static demo', () => {
    const link = shareableLink(
      {
        origin: 'https://pages.example',
        basename: '/demo',
        location: { ...location, pathname: '/demo/tenant-settings/api-keys', hash: '#top' },
      },
      state,
      { rootForm: true },
    );
    const url = new URL(link);
    expect(url.pathname).toBe('/demo/');
    expect(url.searchParams.get('p')).toBe('/tenant-settings/api-keys');
    expect(url.searchParams.get('dataset')).toBe('at-limit');
    expect(url.hash).toBe('#top');
  });
});

describe('scenarioUrl', () => {
  it('adds no reset unless asked', () => {
    const url = scenarioUrl(
      { origin: 'http://localhost:4173', basename: '/', location: { pathname: '/', search: '', hash: '' } },
      state,
    );
    expect(new URL(url).searchParams.has('reset')).toBe(false);
  });
});
