import type { ImportCounts } from '../../../shared/api/imports';
import { decisionOf, type Analysis, type Decisions } from './importAnalysis';
import type { CustomerValues, ParticipationValues } from './rowValues';

// What a commit will do, row by row, decided before anything is written: the dry run counts
// it, the commit job executes it. Plain data (it is posted to the job's thread).

export interface PlanRow {
  /** Sheet row number (1-based). */
  row: number;
  action: 'create' | 'update' | 'overwrite';
  /** update/overwrite: the stored customer to change… */
  targetId: string | null;
  /** …or the earlier row of this file whose new customer to change. */
  targetRow: number | null;
  customer: CustomerValues;
  participation: ParticipationValues | null;
  /** No stored customer matched the row when it was analysed (not a "create anyway"). */
  unmatched: boolean;
}

export interface Plan {
  rows: PlanRow[];
  counts: ImportCounts;
}

type Resolution = { id: string } | { row: number } | null;

export function buildPlan(analysis: Analysis, decisions: Decisions): Plan {
  const counts: ImportCounts = { read: analysis.summary.rows, created: 0, updated: 0, skipped: 0, rejected: 0, participations: 0, contacts: 0 };
  const resolved = new Map<number, Resolution>();
  const rows: PlanRow[] = [];
  const participations = new Set<string>();
  for (const r of analysis.rows) {
    const decision = decisionOf(r, decisions);
    const customer = r.values.customer;
    if (!decision || !customer) {
      counts.rejected++;
      continue;
    }
    if (decision === 'skip') {
      counts.skipped++;
      resolved.set(r.index, null);
      continue;
    }
    let target: Resolution = null;
    if (decision === 'update' || decision === 'overwrite') {
      const chosen = decisions.rows.get(r.index + 1)?.customerId;
      if (chosen && r.workspace.some((m) => m.customerId === chosen)) target = { id: chosen };
      else if (r.workspace.length) target = { id: r.workspace[0]!.customerId };
      else if (r.fileDup) target = resolved.get(r.fileDup.index) ?? null;
    }
    // Nothing to update (the earlier row it repeats was skipped): the row's data is created.
    const action = decision === 'create' || !target ? 'create' : decision;
    if (action === 'create') {
      counts.created++;
      resolved.set(r.index, { row: r.index + 1 });
    } else {
      counts.updated++;
      resolved.set(r.index, target);
    }
    counts.contacts += customer.contacts.length;
    // One participation per customer and role: a row repeating an earlier one's firm meets the
    // participation that row makes (or the stored customer's), it does not add one.
    if (r.values.participation) {
      const who = action === 'create' ? `row:${r.index + 1}` : target && 'id' in target ? `id:${target.id}` : `row:${target!.row}`;
      participations.add(`${who}|${r.values.participation.role}`);
    }
    rows.push({
      row: r.index + 1,
      action,
      targetId: target && 'id' in target ? target.id : null,
      targetRow: target && 'row' in target ? target.row : null,
      customer,
      participation: r.values.participation,
      unmatched: r.workspace.length === 0,
    });
  }
  counts.participations = participations.size;
  return { rows, counts };
}
