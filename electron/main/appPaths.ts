import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import backendWorkerPath from '../host/backendWorker?modulePath';
import jobWorkerPath from '../backend/jobs/jobWorker?modulePath';
import type { AppPage } from './urlPolicy';

// Files next to the main bundle (out/main/index.js): ../preload/index.cjs, ../renderer/…,
// and the two worker bundles electron-vite emits beside it.
const mainDir = path.dirname(fileURLToPath(import.meta.url));

export const preloadPath = path.join(mainDir, '../preload/index.cjs');
export const rendererIndexPath = path.join(mainDir, '../renderer/index.html');
export const backendWorkerEntry = path.resolve(mainDir, backendWorkerPath);
export const jobWorkerEntry = path.resolve(mainDir, jobWorkerPath);

/** The dev server (electron-vite dev) is honoured only in an unpackaged app. */
export function appPage(isPackaged: boolean, devServerUrl: string | undefined): AppPage {
  if (!isPackaged && devServerUrl) return { kind: 'dev', url: devServerUrl };
  return { kind: 'file', url: pathToFileURL(rendererIndexPath).href };
}
