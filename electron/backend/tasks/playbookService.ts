import type { z } from 'zod';
import type { Playbook, PlaybookAction, PlaybookActionInput } from '../../../shared/api/tasks';
import { ApiFailure } from '../../../shared/api/result';
import type { InteractionType } from '../../../shared/domain/interaction';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import type { Context } from '../context';
import { DEFAULT_ACTIONS } from './playbookDefaults';

// Playbooks: per stage a focus text and the actions entering the stage creates as tasks. Seeded
// lazily: a stage without a playbooks row gets its built-in actions on first use (the row then
// marks it seeded, so deleting every action does not bring the defaults back).

interface ActionRow {
  id: string;
  stage: string;
  position: number;
  default_key: string | null;
  title: string | null;
  due_days: number;
  interaction_type: string | null;
  enabled: number;
}

const actionFromDb = (r: ActionRow): PlaybookAction => ({
  id: r.id,
  stage: r.stage as Stage,
  position: r.position,
  defaultKey: r.default_key,
  title: r.title,
  dueDays: r.due_days,
  interactionType: r.interaction_type as InteractionType | null,
  enabled: r.enabled === 1,
});

function insertDefaults(ctx: Context, stage: Stage): void {
  const now = ctx.now();
  const ins = ctx.db.prepare(`
    INSERT INTO playbook_actions (id, stage, position, default_key, due_days, interaction_type, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  DEFAULT_ACTIONS[stage].forEach((a, i) => ins.run(ctx.newId(), stage, i, a.key, a.dueDays, a.interactionType, now, now));
}

/** Seeds a stage's built-in actions once. Runs inside the caller's transaction. */
export function ensureSeeded(ctx: Context, stage: Stage): void {
  if (ctx.db.prepare('SELECT 1 FROM playbooks WHERE stage = ?').get(stage)) return;
  ctx.db.prepare('INSERT INTO playbooks (stage, focus, updated_at) VALUES (?, NULL, ?)').run(stage, ctx.now());
  insertDefaults(ctx, stage);
}

export function stageActions(ctx: Context, stage: Stage): PlaybookAction[] {
  return (ctx.db.prepare('SELECT * FROM playbook_actions WHERE stage = ? ORDER BY position, created_at').all(stage) as ActionRow[]).map(
    actionFromDb,
  );
}

function readPlaybook(ctx: Context, stage: Stage): Playbook {
  const focus = ctx.db.prepare('SELECT focus FROM playbooks WHERE stage = ?').pluck().get(stage) as string | null | undefined;
  return { stage, focus: focus ?? null, actions: stageActions(ctx, stage) };
}

/** A read-only workspace cannot be seeded: it shows the built-in playbooks as they would be. */
function builtIn(stage: Stage): Playbook {
  return {
    stage,
    focus: null,
    actions: DEFAULT_ACTIONS[stage].map((a, i) => ({
      id: `00000000-0000-4000-8000-0000000000${STAGES.indexOf(stage)}${i}`,
      stage, position: i, defaultKey: a.key, title: null, dueDays: a.dueDays, interactionType: a.interactionType, enabled: true,
    })),
  };
}

export function listPlaybooks(ctx: Context): Playbook[] {
  const seeded = new Set(ctx.db.prepare('SELECT stage FROM playbooks').pluck().all() as string[]);
  if (seeded.size < STAGES.length && !ctx.db.readonly) {
    ctx.db.transaction(() => STAGES.forEach((s) => ensureSeeded(ctx, s)))();
    ctx.changed('playbooks');
  }
  return STAGES.map((s) => (seeded.has(s) || !ctx.db.readonly ? readPlaybook(ctx, s) : builtIn(s)));
}

export function updateFocus(ctx: Context, input: { stage: Stage; focus: string | null }): Playbook {
  ctx.db.transaction(() => {
    ensureSeeded(ctx, input.stage);
    ctx.db.prepare('UPDATE playbooks SET focus = ?, updated_at = ? WHERE stage = ?').run(input.focus, ctx.now(), input.stage);
  })();
  ctx.changed('playbooks');
  return readPlaybook(ctx, input.stage);
}

function getAction(ctx: Context, id: string): ActionRow {
  const row = ctx.db.prepare('SELECT * FROM playbook_actions WHERE id = ?').get(id) as ActionRow | undefined;
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  return row;
}

export function saveAction(ctx: Context, input: z.output<typeof PlaybookActionInput>): PlaybookAction {
  const now = ctx.now();
  const id = input.id ?? ctx.newId();
  ctx.db.transaction(() => {
    ensureSeeded(ctx, input.stage);
    if (input.id) {
      const prev = getAction(ctx, input.id);
      if (prev.stage !== input.stage) throw new ApiFailure('invalid_input', 'err.invalidInput', { stage: 'err.actionStage' });
      // A built-in action may go back to its translated text (title null); a custom one needs a title.
      if (!input.title && !prev.default_key) throw new ApiFailure('invalid_input', 'err.invalidInput', { title: 'err.required' });
      ctx.db
        .prepare(`UPDATE playbook_actions SET title = ?, due_days = ?, interaction_type = ?, enabled = ?, updated_at = ? WHERE id = ?`)
        .run(input.title, input.dueDays, input.interactionType, input.enabled ? 1 : 0, now, input.id);
    } else {
      if (!input.title) throw new ApiFailure('invalid_input', 'err.invalidInput', { title: 'err.required' });
      const next = ctx.db.prepare('SELECT coalesce(max(position) + 1, 0) FROM playbook_actions WHERE stage = ?').pluck().get(input.stage) as number;
      ctx.db
        .prepare(`INSERT INTO playbook_actions (id, stage, position, title, due_days, interaction_type, enabled, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(id, input.stage, next, input.title, input.dueDays, input.interactionType, input.enabled ? 1 : 0, now, now);
    }
  })();
  ctx.changed('playbooks');
  return actionFromDb(getAction(ctx, id));
}

/** Swaps an action with its neighbour; positions are renumbered 0..n-1 on the way. */
export function moveAction(ctx: Context, input: { id: string; direction: 'up' | 'down' }): Playbook {
  let stage: Stage = 'cultivation';
  ctx.db.transaction(() => {
    const row = getAction(ctx, input.id);
    stage = row.stage as Stage;
    const ids = stageActions(ctx, stage).map((a) => a.id);
    const i = ids.indexOf(input.id);
    const j = input.direction === 'up' ? i - 1 : i + 1;
    if (j >= 0 && j < ids.length) [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    const upd = ctx.db.prepare('UPDATE playbook_actions SET position = ?, updated_at = ? WHERE id = ?');
    const now = ctx.now();
    ids.forEach((id, pos) => upd.run(pos, now, id));
  })();
  ctx.changed('playbooks');
  return readPlaybook(ctx, stage);
}

export function deleteAction(ctx: Context, input: { id: string }): { count: number } {
  const n = ctx.db.prepare('DELETE FROM playbook_actions WHERE id = ?').run(input.id).changes;
  if (!n) throw new ApiFailure('not_found', 'err.notFound');
  ctx.changed('playbooks');
  return { count: n };
}

/** Back to the built-in focus text and actions (tasks already created stay). */
export function resetPlaybook(ctx: Context, input: { stage: Stage }): Playbook {
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM playbook_actions WHERE stage = ?').run(input.stage);
    ctx.db.prepare('DELETE FROM playbooks WHERE stage = ?').run(input.stage);
    ensureSeeded(ctx, input.stage);
  })();
  ctx.changed('playbooks');
  return readPlaybook(ctx, input.stage);
}
