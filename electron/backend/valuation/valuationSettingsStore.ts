import { mergeValuationSettings, VALUATION_SETTINGS_KEY, type ValuationSettings } from '../../../shared/domain/valuation/settings';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { writeSettings } from '../workspace/workspaceSettings';

// The valuation settings: one JSON setting, read through the merge over the defaults (a
// damaged or older value never breaks an assessment). The input was validated by the API
// schema (ValuationSettingsInput) before it gets here.

export function readValuationSettings(db: Db): ValuationSettings {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(VALUATION_SETTINGS_KEY) as string | undefined;
  return mergeValuationSettings(v ?? null);
}

/** Saves validated settings (brand tags trimmed and de-duplicated by the merge) and returns them as stored. */
export function writeValuationSettings(ctx: Context, s: ValuationSettings): ValuationSettings {
  const clean = mergeValuationSettings(s);
  writeSettings(ctx.db, { [VALUATION_SETTINGS_KEY]: clean }, ctx.now());
  return clean;
}

/** Forgets the stored value, so the defaults apply (also defaults a later version may change). */
export function resetValuationSettings(ctx: Context): ValuationSettings {
  ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(VALUATION_SETTINGS_KEY);
  return mergeValuationSettings(null);
}
