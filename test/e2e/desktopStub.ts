import type { Page } from '@playwright/test';
import type { PreloadApi } from '../../shared/preloadApi';

// A stand-in for the Electron preload (window.excrm) in the browser tests, so that the desktop
// shell's buttons (native dialogs) can be tested against the `serve` backend: calls go to the
// test server over HTTP, the dialogs named in `answers` answer in turn (the last answer
// repeating) and record how they were asked (askedOf), every other desktop action refuses.
// No change events are relayed: a page is not refreshed by the backend's changes.

type DesktopAction = keyof PreloadApi['desktop'];

// Every desktop action, checked against PreloadApi (a new one must be added here).
const ALL: Record<DesktopAction, true> = {
  openExternal: true,
  chooseWorkspaceToOpen: true,
  chooseNewWorkspacePath: true,
  showInFolder: true,
  chooseExportPath: true,
  openExport: true,
  chooseImportFile: true,
  chooseFolder: true,
};

/** Installs the stand-in before the page's scripts run; call before page.goto. */
export async function stubDesktop(page: Page, token: string, answers: Partial<Record<DesktopAction, (string | null)[]>>): Promise<void> {
  await page.addInitScript(
    ({ token, answers, actions }) => {
      const asked: Record<string, unknown[][]> = {};
      const w = window as unknown as Record<string, unknown>;
      w.__asked = asked;
      const desktop: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
      for (const name of actions) {
        const list = answers[name];
        desktop[name] = list
          ? async (...args: unknown[]) => {
              const mine = (asked[name] ??= []);
              mine.push(args);
              return list[Math.min(mine.length, list.length) - 1];
            }
          : () => Promise.reject(new Error('not in this test'));
      }
      w.excrm = {
        call: async (method: string, input: unknown, lang: string) => {
          const res = await fetch(`/api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-lang': lang },
            body: JSON.stringify(input ?? {}),
          });
          return res.json();
        },
        onEvent: () => () => {},
        desktop,
      };
    },
    { token, answers, actions: Object.keys(ALL) as DesktopAction[] },
  );
}

/** How the stubbed dialog `action` was asked so far: its arguments, call by call. */
export function askedOf(page: Page, action: DesktopAction): Promise<unknown[][]> {
  return page.evaluate((name) => (window as unknown as { __asked: Record<string, unknown[][]> }).__asked[name] ?? [], action);
}
