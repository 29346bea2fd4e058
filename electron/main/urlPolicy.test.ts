import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isAppPageUrl, isPermissionAllowed, isTrustedSender, type AppPage } from './urlPolicy';

describe('isAllowedExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://example.com/path?q=1#x',
    'http://example.com:8080/',
    'HTTPS://EXAMPLE.COM',
    'mailto:someone@example.com',
    'mailto:a@example.com?subject=Hello',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'file://server/share/x.exe',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'ms-msdt:/id PCWDiagnostic',
    'smb://host/share',
    'search-ms:query=x',
    'excrm://open',
    'ftp://example.com/',
    'about:blank',
    'blob:https://example.com/uuid',
    'https://user:pw@example.com/',
    'http://',
    'example.com',
    '/relative/path',
    '',
    'mailto:',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const v of [undefined, null, 42, {}, ['https://example.com'], { href: 'https://example.com' }]) {
      expect(isAllowedExternalUrl(v)).toBe(false);
    }
  });
});

const filePage: AppPage = { kind: 'file', url: 'file:///opt/Exhibition%20CRM/resources/app.asar/out/renderer/index.html' };
const devPage: AppPage = { kind: 'dev', url: 'http://localhost:5173' };

describe('isAppPageUrl', () => {
  it('accepts our own index.html, with any fragment (the router) or query', () => {
    expect(isAppPageUrl(filePage.url, filePage)).toBe(true);
    expect(isAppPageUrl(`${filePage.url}#/customers/42`, filePage)).toBe(true);
    expect(isAppPageUrl(`${filePage.url}?x=1`, filePage)).toBe(true);
  });

  it('refuses other files, even next to ours', () => {
    expect(isAppPageUrl('file:///opt/Exhibition%20CRM/resources/app.asar/out/renderer/other.html', filePage)).toBe(false);
    expect(isAppPageUrl('file:///tmp/index.html', filePage)).toBe(false);
    expect(isAppPageUrl('file:///opt/Exhibition%20CRM/resources/app.asar/out/renderer/', filePage)).toBe(false);
    expect(isAppPageUrl('file://evil/opt/Exhibition%20CRM/resources/app.asar/out/renderer/index.html', filePage)).toBe(false);
  });

  it('refuses other schemes and garbage', () => {
    for (const url of ['https://example.com/index.html', 'about:blank', 'data:text/html,x', '', 'not a url', null, undefined]) {
      expect(isAppPageUrl(url, filePage)).toBe(false);
    }
  });

  it('matches the dev server by origin only', () => {
    expect(isAppPageUrl('http://localhost:5173/', devPage)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/#/settings', devPage)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', devPage)).toBe(false);
    expect(isAppPageUrl('http://127.0.0.1:5173/', devPage)).toBe(false);
    expect(isAppPageUrl('https://localhost:5173/', devPage)).toBe(false);
    expect(isAppPageUrl(filePage.url, devPage)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const good = { frameUrl: `${filePage.url}#/`, isMainFrame: true, isOurWindow: true };

  it('trusts the top frame of our page in our window', () => {
    expect(isTrustedSender(good, filePage)).toBe(true);
  });

  it.each([
    ['a sub-frame', { ...good, isMainFrame: false }],
    ['another window', { ...good, isOurWindow: false }],
    ['a destroyed frame', { ...good, frameUrl: null }],
    ['a foreign page', { ...good, frameUrl: 'https://example.com/' }],
    ['another local file', { ...good, frameUrl: 'file:///home/user/Downloads/evil.html' }],
  ])('refuses %s', (_name, sender) => {
    expect(isTrustedSender(sender, filePage)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it('allows only clipboard writes, only from our page', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', filePage.url, filePage)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.com/', filePage)).toBe(false);
    expect(isPermissionAllowed('clipboard-sanitized-write', undefined, filePage)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'usb', 'display-capture']) {
      expect(isPermissionAllowed(p, filePage.url, filePage)).toBe(false);
    }
  });
});
