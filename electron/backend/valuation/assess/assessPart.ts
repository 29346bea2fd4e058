// The assessment's second thread (job kind 'valuation.assessPart', started by assessHelper.ts,
// not by users). On its own read-only connection it reads the same snapshot of the workspace
// as the assessment's thread (the starter holds the write lock until this thread has begun its
// read, so nothing can be committed in between) and runs the shared fact pass — the interaction
// dates — while the assessment's thread reads the stage histories and participations. It hands
// back its typed array, then waits for the examples and runs the
// back-test while the other thread trains the final model and computes the figures.
//
// The assessment's thread never returns to its event loop (assess() is synchronous), so it
// learns of this thread's progress through shared memory and takes the messages with
// receiveMessageOnPort (jobs/partThread.ts).

import { backtest } from '../../../../shared/domain/prediction/backtest';
import { FEATURE_COUNT } from '../../../../shared/domain/prediction/features';
import type { JobContext } from '../../jobs/jobTypes';
import { openDatabase, type Db } from '../../store/openDatabase';
import { readRelationshipIds, readSharedPasses, SHARED_FIELDS, type SharedFacts } from './assessFacts';
import { loadEditionPlan } from './editionWindow';
import { readValuationSettingsFor } from './assessment';
import { PartSide, PartState } from '../../jobs/partThread';
import type { AssessPartArgs, PartReply, PartRequest } from './assessPartProtocol';

export async function assessPart(args: AssessPartArgs, ctx: JobContext): Promise<{ ok: boolean }> {
  const side = new PartSide<PartReply>(args);
  const request = new Promise<PartRequest>((resolve) => {
    side.channel.onmessage = (e) => resolve((e as { data: PartRequest }).data);
  });
  let db: Db | null = null;
  try {
    db = openDatabase(args.path, { readOnly: true, skipCheck: true, nativeBinding: ctx.nativeBinding });
    db.exec('BEGIN');
    // The first read fixes the transaction's snapshot.
    const settings = readValuationSettingsFor(db);
    side.signal(PartState.Running);
    const plan = loadEditionPlan(db, args.exhibitionId, args.today, settings.windowEditions);
    const { f, index } = readRelationshipIds(db, args.exhibitionId, plan);
    readSharedPasses(db, f, index);
    db.exec('COMMIT');
    db.close();
    db = null;
    const facts = Object.fromEntries(SHARED_FIELDS.map((k) => [k, f[k]])) as unknown as SharedFacts;
    side.post({ ids: f.customerIds.join('\n'), facts });
    side.signal(PartState.Waiting);

    const r = await request;
    if ('x' in r && !ctx.cancelled()) {
      const F = FEATURE_COUNT;
      const train = { x: r.x.subarray(0, r.trainN * F), y: r.y.subarray(0, r.trainN), n: r.trainN };
      const test = { x: r.x.subarray(r.trainN * F), y: r.y.subarray(r.trainN), n: r.testN };
      side.post({ backtest: backtest(train, test) });
    }
    side.signal(PartState.Done);
    return { ok: true };
  } catch (e) {
    if (db?.open) db.close();
    side.fail(e);
    return { ok: false };
  } finally {
    side.close();
  }
}
