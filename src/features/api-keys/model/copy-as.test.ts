import { describe, expect, it } from 'vitest';
import { copyTarget, shellWord, snippets } from './copy-as';

const ORIGIN = 'https://keys.acme.example';

describe('copyTarget', () => {
  it('assumes Palette SaaS behind the same-origin proxy unless told the host', () => {
    expect(copyTarget({ apiBaseUrl: '', origin: ORIGIN, orgName: 'acme' })).toEqual({
      apiBase: ORIGIN,
      apiHost: 'api.spectrocloud.com',
      consoleUrl: 'https://console.spectrocloud.com',
      orgName: 'acme',
    });
  });

  it('takes the host from an absolute apiBaseUrl, and the console from that host', () => {
    expect(copyTarget({ apiBaseUrl: 'https://palette.acme.example', origin: ORIGIN, orgName: '' })).toEqual({
      apiBase: 'https://palette.acme.example',
      apiHost: 'palette.acme.example',
      consoleUrl: 'https://palette.acme.example',
      orgName: '',
    });
  });

  it('prefers the configured host and console URL', () => {
    const target = copyTarget({
      apiBaseUrl: 'https://proxy.acme.example',
      apiHost: 'api.spectrocloud.com',
      consoleUrl: 'https://acme.console.spectrocloud.com',
      origin: ORIGIN,
      orgName: 'acme',
    });
    expect(target).toMatchObject({
      apiBase: 'https://proxy.acme.example',
      apiHost: 'api.spectrocloud.com',
      consoleUrl: 'https://acme.console.spectrocloud.com',
    });
  });
});

describe('snippets', () => {
  it('quotes what a shell would split or expand, and nothing else', () => {
    expect(shellWord('Ab3dEf9')).toBe('Ab3dEf9');
    expect(shellWord('https://palette.acme.example:8443/v1/users/info')).toBe(
      'https://palette.acme.example:8443/v1/users/info',
    );
    expect(shellWord('Acme Robotics')).toBe("'Acme Robotics'");
    expect(shellWord("O'Brien $HOME")).toBe("'O'\\''Brien $HOME'");
  });

  it('leaves --org out when Palette did not name the organisation, and holds the secret only in the export line', () => {
    const target = copyTarget({ apiBaseUrl: '', origin: ORIGIN, orgName: '' });
    const list = snippets('s3cr3tKEY', target);
    expect(list.find((s) => s.id === 'cli')?.text).toBe(
      'palette login --api-key "$SPECTROCLOUD_APIKEY" --console-url https://console.spectrocloud.com',
    );
    expect(list.filter((s) => s.text.includes('s3cr3tKEY')).map((s) => s.id)).toEqual(['env']);
  });
});
