import fs from 'node:fs';
import { generateDemo } from '../demo/generateDemo';
import { openDatabase } from '../store/openDatabase';
import { writeSettings } from '../workspace/workspaceSettings';
import type { JobContext } from './jobTypes';

export interface DemoJobArgs {
  path: string;
  customers: number;
  seed: number;
  /**
   * "Now" of the demo (ISO moment). Absent (the welcome screen's demo): the current time, so
   * the demo looks current — past editions closed, the next open, follow-ups around today.
   * The CLI passes a fixed one so that a seed gives the same workspace on any day.
   */
  now?: string;
}

function removeDbFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/**
 * Builds a demo workspace beside its final name and renames it into place when complete,
 * so a cancelled or failed run never leaves a half-filled workspace behind.
 */
export function demoJob(args: DemoJobArgs, ctx: JobContext): { path: string; customers: number } {
  const partial = `${args.path}.partial`;
  removeDbFiles(partial);
  const db = openDatabase(partial, { create: true, nativeBinding: ctx.nativeBinding, skipCheck: true });
  try {
    const { customers } = generateDemo(
      db,
      {
        customers: args.customers,
        seed: args.seed,
        now: args.now ?? new Date().toISOString(),
        workerEntry: ctx.workerEntry,
        nativeBinding: ctx.nativeBinding,
        // A fresh demo opens with its customer value assessed.
        assess: true,
      },
      ctx.progress,
      ctx.cancelled,
    );
    writeSettings(db, { started: true, demo: true }, new Date().toISOString());
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    fs.renameSync(partial, args.path);
    return { path: args.path, customers };
  } catch (e) {
    if (db.open) db.close();
    removeDbFiles(partial);
    throw e;
  }
}
