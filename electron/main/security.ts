import { app, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security';
import { isAllowedExternalUrl, isAppPageUrl, isPermissionAllowed, type AppPage } from './urlPolicy';

/**
 * Session-wide rules: the CSP header on every response (the dev server's and, where
 * Chromium reports them, file:// loads; renderer/index.html carries the same policy in a
 * <meta> tag for the cases where it does not), and no web permissions beyond clipboard writes.
 */
export function hardenSession(ses: Session, page: AppPage): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    for (const k of Object.keys(headers)) if (k.toLowerCase() === 'content-security-policy') delete headers[k];
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  ses.setPermissionRequestHandler((wc, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? wc.getURL(), page));
  });
  ses.setPermissionCheckHandler((_wc, permission, requestingOrigin, details) =>
    isPermissionAllowed(permission, details.requestingUrl ?? requestingOrigin, page),
  );
  ses.setDevicePermissionHandler(() => false);
}

/** Opens a link in the system browser or mail program, after parsing it; false when refused. */
export async function openExternalSafely(url: unknown): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  try {
    await shell.openExternal(new URL(url).href);
    return true;
  } catch {
    return false;
  }
}

function guardContents(contents: WebContents, page: AppPage): void {
  // No <webview>: nothing may embed remote content with its own preferences.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No new windows; http(s)/mailto links go to the operating system instead.
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
  // The page never leaves our own index.html (the router lives in the fragment).
  const guardNavigation = (event: Electron.Event, url: string) => {
    if (isAppPageUrl(url, page)) return;
    event.preventDefault();
    void openExternalSafely(url);
  };
  contents.on('will-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-frame-navigate', (event) => {
    if (isAppPageUrl(event.url, page)) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url, page)) event.preventDefault();
  });
}

/** Applies the navigation rules to every web contents the app ever creates. */
export function guardAllWebContents(page: AppPage): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, page));
}
