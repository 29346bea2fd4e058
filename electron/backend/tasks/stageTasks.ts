import type { Stage } from '../../../shared/domain/lifecycle';
import type { Context } from '../context';
import { addDays } from './dates';
import { ensureSeeded, stageActions } from './playbookService';

export interface StageTasksInput {
  customerId: string;
  exhibitionId: string;
  stage: Stage;
  transitionId: string;
  /** Date ('YYYY-MM-DD') the move took effect: each action is due that many days after it. */
  at: string;
}

/**
 * Entering a stage creates its playbook's enabled actions as tasks. Runs inside the caller's
 * transaction (the move): it opens none, so a failed move leaves no tasks behind.
 * Returns the ids of the tasks created.
 */
export function createStageTasks(ctx: Context, input: StageTasksInput): string[] {
  ensureSeeded(ctx, input.stage);
  const now = ctx.now();
  const ins = ctx.db.prepare(`
    INSERT INTO tasks (id, customer_id, exhibition_id, source, default_key, title, due_on, interaction_type,
      transition_id, created_at, updated_at)
    VALUES (?, ?, ?, 'playbook', ?, ?, ?, ?, ?, ?, ?)`);
  const ids: string[] = [];
  for (const a of stageActions(ctx, input.stage)) {
    if (!a.enabled) continue;
    const id = ctx.newId();
    ins.run(id, input.customerId, input.exhibitionId, a.defaultKey, a.title, addDays(input.at, a.dueDays), a.interactionType,
      input.transitionId, now, now);
    ids.push(id);
  }
  if (ids.length) ctx.changed('tasks');
  return ids;
}
