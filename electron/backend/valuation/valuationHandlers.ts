import type { valuationMethods } from '../../../shared/api/valuation';
import type { Backend } from '../backend';
import type { HandlerMap } from '../handlerTypes';
import { startAssessment, valuationStatus } from './assessJobs';
import { callList } from './callList';
import { compareSnapshots } from './compareSnapshots';
import { relationshipValue, setRatings } from './relationshipValue';
import { readSnapshotSummary } from './assess/snapshotStore';
import { assertExhibition, resolveSnapshot, snapshotsOf } from './snapshotRows';
import { readValuationSettings, resetValuationSettings, writeValuationSettings } from './valuationSettingsStore';
import { valueMatrix, valueTable } from './valueTable';
import type { ValuationSettings } from '../../../shared/domain/valuation/settings';

/**
 * Saves settings (through `write`) and re-assesses the given exhibition with them. The
 * exhibition is checked before anything is written.
 */
function saveAndReassess(b: Backend, exhibitionId: string | undefined, write: () => ValuationSettings) {
  const ctx = b.context();
  if (exhibitionId !== undefined) assertExhibition(ctx.db, exhibitionId);
  const settings = write();
  ctx.changed('valuation');
  return { settings, job: exhibitionId === undefined ? null : startAssessment(b, exhibitionId, 'settings') };
}

export const valuationHandlers: HandlerMap<keyof typeof valuationMethods> = {
  'valuation.settings': (_input, b) => readValuationSettings(b.context().db),
  'valuation.setSettings': (input, b) => saveAndReassess(b, input.exhibitionId, () => writeValuationSettings(b.context(), input.settings)),
  'valuation.resetSettings': (input, b) => saveAndReassess(b, input.exhibitionId, () => resetValuationSettings(b.context())),
  'valuation.assess': (input, b) => startAssessment(b, input.exhibitionId, 'manual'),
  'valuation.status': (input, b) => valuationStatus(b, input.exhibitionId),
  'valuation.snapshots': (input, b) => {
    const db = b.context().db;
    assertExhibition(db, input.exhibitionId);
    return snapshotsOf(db, input.exhibitionId);
  },
  'valuation.summary': (input, b) => {
    const db = b.context().db;
    const snapshot = resolveSnapshot(db, input.exhibitionId, input.snapshotId);
    return snapshot ? { snapshot, summary: readSnapshotSummary(db, snapshot.id)! } : null;
  },
  'valuation.table': (input, b) => valueTable(b.context(), input),
  'valuation.matrix': (input, b) => valueMatrix(b.context(), input),
  'valuation.callList': (input, b) => callList(b.context(), input),
  'valuation.ofRelationship': (input, b) => relationshipValue(b.context(), input.customerId, input.exhibitionId),
  'valuation.setRatings': (input, b) => setRatings(b.context(), input),
  'valuation.compare': (input, b) => compareSnapshots(b.context(), input),
};
