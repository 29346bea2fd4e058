import type { Task } from '../../../shared/api/tasks';
import type { InteractionType } from '../../../shared/domain/interaction';
import type { Stage, TaskSource } from '../../../shared/domain/lifecycle';
import type { Db } from '../store/openDatabase';

// The tasks table joined with what the screens show beside a task: customer, exhibition, the
// stage that created it, the interaction that asked for it.

export const TASK_VIEW_SQL = `
  SELECT t.*, c.company_name AS customer_name, x.name AS exhibition_name, st.to_stage AS stage,
    fi.at AS fi_at, fi.type AS fi_type, fi.summary AS fi_summary
  FROM tasks t
  JOIN customers c ON c.id = t.customer_id
  LEFT JOIN exhibitions x ON x.id = t.exhibition_id
  LEFT JOIN stage_transitions st ON st.id = t.transition_id
  LEFT JOIN interactions fi ON fi.id = t.from_interaction_id`;

export interface TaskRow {
  id: string;
  customer_id: string;
  exhibition_id: string | null;
  source: string;
  default_key: string | null;
  title: string | null;
  due_on: string;
  interaction_type: string | null;
  transition_id: string | null;
  from_interaction_id: string | null;
  done_at: string | null;
  done_by: string | null;
  done_interaction_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface TaskViewRow extends TaskRow {
  customer_name: string;
  exhibition_name: string | null;
  stage: string | null;
  fi_at: string | null;
  fi_type: string | null;
  fi_summary: string | null;
}

/** A playbook task whose transition is gone still knows its stage from its built-in key. */
function stageOf(r: TaskViewRow): Stage | null {
  if (r.stage) return r.stage as Stage;
  if (r.source === 'playbook' && r.default_key) return r.default_key.split('.')[0] as Stage;
  return null;
}

export function taskFromDb(r: TaskViewRow): Task {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    exhibitionId: r.exhibition_id,
    exhibitionName: r.exhibition_name,
    source: r.source as TaskSource,
    defaultKey: r.default_key,
    title: r.title,
    dueOn: r.due_on,
    interactionType: r.interaction_type as InteractionType | null,
    stage: stageOf(r),
    transitionId: r.transition_id,
    fromInteraction:
      r.from_interaction_id && r.fi_at
        ? { id: r.from_interaction_id, at: r.fi_at, type: r.fi_type as InteractionType, summary: r.fi_summary ?? '' }
        : null,
    doneAt: r.done_at,
    doneBy: r.done_by,
    doneInteractionId: r.done_interaction_id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function readTasks(db: Db, where: string, params: unknown[]): Task[] {
  return (db.prepare(`${TASK_VIEW_SQL} ${where}`).all(...params) as TaskViewRow[]).map(taskFromDb);
}

export function getTaskRow(db: Db, id: string): TaskRow | undefined {
  return db.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as TaskRow | undefined;
}

export type TaskInsert = Omit<TaskRow, 'version' | 'done_at' | 'done_by' | 'done_interaction_id'>;

export function insertTask(db: Db, row: TaskInsert): void {
  db.prepare(`
    INSERT INTO tasks (id, customer_id, exhibition_id, source, default_key, title, due_on, interaction_type,
      transition_id, from_interaction_id, created_at, updated_at)
    VALUES (@id, @customer_id, @exhibition_id, @source, @default_key, @title, @due_on, @interaction_type,
      @transition_id, @from_interaction_id, @created_at, @updated_at)`).run(row);
}
