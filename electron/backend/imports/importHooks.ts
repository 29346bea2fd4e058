import type { Context } from '../context';

/**
 * Called right before an import's commit job starts, on the open workspace. Deliberately empty
 * for now: issue 7 makes it write a backup of the workspace first, so an import can also be
 * reverted from outside the app. Throwing here stops the commit (nothing is written).
 */
export function beforeImportCommit(ctx: Context): void {
  void ctx;
}
