// Pure URL rules of the shell, kept free of 'electron' so vitest can test them directly.

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * Links the app may hand to the operating system (system browser, mail program).
 * The string is parsed, never pattern-matched: `javascript:`, `file:`, `data:` and custom
 * schemes (which could start arbitrary registered programs) are refused, and so is anything
 * with credentials in it or a http(s) URL without a host.
 */
export function isAllowedExternalUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 8192) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 || url.search.length > 0;
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

/** Where the app's own page lives: the built index.html, or the dev server in development. */
export type AppPage = { kind: 'file'; url: string } | { kind: 'dev'; url: string };

function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * True when `frameUrl` is our own page. For the built app that is exactly the file URL of
 * out/renderer/index.html (any other file:// page is foreign, even in the same folder);
 * query and fragment are ignored since the router uses the fragment. For the dev server
 * the origin must match.
 */
export function isAppPageUrl(frameUrl: string | null | undefined, page: AppPage): boolean {
  if (typeof frameUrl !== 'string' || frameUrl === '') return false;
  const actual = parse(frameUrl);
  const expected = parse(page.url);
  if (!actual || !expected) return false;
  if (page.kind === 'dev') {
    return (actual.protocol === 'http:' || actual.protocol === 'https:') && actual.origin === expected.origin;
  }
  return (
    actual.protocol === 'file:' &&
    actual.host === expected.host &&
    decodeURIComponent(actual.pathname) === decodeURIComponent(expected.pathname)
  );
}

/** Facts about an IPC message's sender, as the main process sees them. */
export interface SenderFacts {
  /** The sending frame's URL; null when the frame is gone. */
  frameUrl: string | null;
  /** True when the sending frame is the top frame of its page (no iframes). */
  isMainFrame: boolean;
  /** True when the message comes from one of our own windows. */
  isOurWindow: boolean;
}

/** The VS Code-style check every IPC handler runs before touching its arguments. */
export function isTrustedSender(sender: SenderFacts, page: AppPage): boolean {
  return sender.isOurWindow && sender.isMainFrame && isAppPageUrl(sender.frameUrl, page);
}

/**
 * Web permissions the page may have: none, except writing plain text to the clipboard
 * (copy buttons) from our own page. Camera, microphone, notifications, geolocation, USB,
 * HID, serial, screen capture, etc. are refused.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string | undefined, page: AppPage): boolean {
  return permission === 'clipboard-sanitized-write' && isAppPageUrl(requestingUrl, page);
}
