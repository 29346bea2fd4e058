import type { z } from 'zod';
import type { InteractionListInput, InteractionListResult } from '../../../shared/api/interactions';
import type { Db } from '../store/openDatabase';
import { INTERACTION_VIEW_SQL, interactionFromDb, type InteractionViewRow } from './interactionRows';

type ListInput = z.output<typeof InteractionListInput>;

/**
 * Interactions newest first, optionally of one customer, one type, or open complaints only.
 * One customer's list walks interactions_by_customer; open complaints walk their partial index.
 */
export function listInteractions(db: Db, input: ListInput): InteractionListResult {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: input.limit, offset: input.offset };
  if (input.customerId) {
    where.push('i.customer_id = @customerId');
    params.customerId = input.customerId;
  }
  if (input.type) {
    where.push('i.type = @type');
    params.type = input.type;
  }
  if (input.openComplaints) where.push("i.complaint_state = 'open'");
  const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = db
    .prepare(`${INTERACTION_VIEW_SQL} ${cond} ORDER BY i.at DESC, i.id DESC LIMIT @limit OFFSET @offset`)
    .all(params) as InteractionViewRow[];
  const countParams = { ...params };
  delete countParams.limit;
  delete countParams.offset;
  const total = db.prepare(`SELECT count(*) FROM interactions i ${cond}`).pluck().get(countParams) as number;
  return { rows: rows.map(interactionFromDb), total };
}
