import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternalSafely } from '../../../main/external-links.js';

describe('external link allow-list', () => {
  it.each([
    'https://learn.microsoft.com/en-us/autopilot/user-driven#user-driven-mode-for-hybrid-azure-active-directory-join-with-vpn-support',
    'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=x',
    'https://microsoft.com/devicelogin',
    'https://www.microsoft.com/devicelogin',
    'https://login.microsoftonline.us/contoso.onmicrosoft.us/oauth2/v2.0/authorize?client_id=x',
    'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize?client_id=x',
    'https://microsoft.com/deviceloginus',
    'https://intune.microsoft.com/#view/Microsoft_Intune_Enrollment',
    'https://endpoint.microsoft.com/',
    'https://support.microsoft.com/en-us/topic/kb5034441',
    'https://catalog.update.microsoft.com/Search.aspx?q=KB5034441',
    'ms-settings:windowsupdate',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://learn.microsoft.com/'],
    ['another scheme', 'file:///C:/Windows/System32/calc.exe'],
    ['a look-alike host', 'https://learn.microsoft.com.evil.example/'],
    ['a subdomain trick', 'https://evil-learn.microsoft.com.example/'],
    ['credentials that disguise the host', 'https://learn.microsoft.com@evil.example/'],
    ['user info on an allowed host', 'https://user:pass@learn.microsoft.com/'],
    ['a non-standard port', 'https://learn.microsoft.com:8443/'],
    ['the rest of microsoft.com', 'https://microsoft.com/en-us/download'],
    ['a path that only starts like devicelogin', 'https://microsoft.com/deviceloginevil'],
    ['other settings pages', 'ms-settings:privacy'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['an unparseable string', 'not a url'],
    ['an empty string', ''],
    // Issue 14: other paths on the sign-in hosts, some of which redirect anywhere.
    ['the sign-in host root', 'https://login.microsoftonline.com/'],
    [
      'a sign-in logout redirect',
      'https://login.microsoftonline.com/common/oauth2/v2.0/logout?post_logout_redirect_uri=https://evil.example',
    ],
    ['another sign-in path', 'https://login.microsoftonline.com/common/reprocess?ctx=x'],
    ['a sovereign sign-in host, other path', 'https://login.microsoftonline.us/kmsi'],
    [
      'an authorize look-alike path',
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize/../../x',
    ],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('opens an allowed URL through the system browser', async () => {
    const openExternal = vi.fn(async (_url: string) => undefined);
    await openExternalSafely(openExternal, 'https://learn.microsoft.com/');
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://learn.microsoft.com/');
  });

  it('refuses a disallowed URL with a message a technician understands and never opens it', async () => {
    const openExternal = vi.fn(async (_url: string) => undefined);
    await expect(openExternalSafely(openExternal, 'https://evil.example/')).rejects.toThrow(
      /only opens Microsoft sign-in and documentation pages.*evil\.example/,
    );
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('what is opened is what was checked', () => {
  it('passes the parsed, re-serialized URL to the system browser', async () => {
    const opened: string[] = [];
    await openExternalSafely(async (url) => void opened.push(url), 'https://LEARN.microsoft.com/en-us/a b');
    expect(opened).toEqual(['https://learn.microsoft.com/en-us/a%20b']);
  });
});
