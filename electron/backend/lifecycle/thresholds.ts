import {
  LIFECYCLE_THRESHOLDS_SETTING,
  mergeThresholds,
  type LifecycleThresholds,
} from '../../../shared/domain/lifecycle';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { writeSettings } from '../workspace/workspaceSettings';

/** The signal thresholds: the stored setting over the defaults. */
export function readThresholds(db: Db): LifecycleThresholds {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(LIFECYCLE_THRESHOLDS_SETTING) as string | undefined;
  return mergeThresholds(v ? (JSON.parse(v) as unknown) : null);
}

export function writeThresholds(ctx: Context, patch: Partial<LifecycleThresholds>): LifecycleThresholds {
  const next = mergeThresholds({ ...readThresholds(ctx.db), ...patch });
  writeSettings(ctx.db, { [LIFECYCLE_THRESHOLDS_SETTING]: next }, ctx.now());
  return next;
}
