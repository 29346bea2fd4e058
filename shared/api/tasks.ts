import { z } from 'zod';
import { INTERACTION_TYPES, type InteractionType } from '../domain/interaction';
import { STAGES, type Stage, type TaskSource } from '../domain/lifecycle';
import { isoDateTime, optText, requiredText, uuid } from './fields';
import { amount, calendarDate } from './interactions';
import { method } from './method';

// Follow-up tasks (from a stage's playbook, an interaction's follow-up date, or by hand) and the
// per-stage playbooks that create them (DOMAIN §3, §6).

const version = z.int().min(1);

export const TaskCreateInput = z.strictObject({
  customerId: uuid(),
  exhibitionId: uuid().nullish().transform((v) => v ?? null),
  title: requiredText(300),
  dueOn: calendarDate(),
  interactionType: z.enum(INTERACTION_TYPES).nullish().transform((v) => v ?? null),
});
export type TaskCreateInput = z.input<typeof TaskCreateInput>;

/** Logged together with the completion, in the same transaction. */
export const LogOnComplete = z.strictObject({
  type: z.enum(INTERACTION_TYPES),
  summary: requiredText(2000),
  outcome: optText(2000),
  cost: amount().default(0),
  /** Absent → now. */
  at: isoDateTime().optional(),
});

export const TaskCompleteInput = z.strictObject({
  id: uuid(),
  version,
  logInteraction: LogOnComplete.optional(),
});
export type TaskCompleteInput = z.input<typeof TaskCompleteInput>;

export const TaskWeekInput = z.strictObject({
  /** First day of the window (the user's today); absent → the backend's today. */
  from: calendarDate().optional(),
  /** Last day of the window; absent → from + 6 days. */
  to: calendarDate().optional(),
  /** Also list open tasks due before `from`. */
  includeOverdue: z.boolean().default(true),
  limit: z.int().min(1).max(1000).default(300),
});
export type TaskWeekInput = z.input<typeof TaskWeekInput>;

export interface Task {
  id: string;
  customerId: string;
  customerName: string;
  exhibitionId: string | null;
  exhibitionName: string | null;
  source: TaskSource;
  /** Built-in text key (translated in the UI); null for a title typed by the user. */
  defaultKey: string | null;
  title: string | null;
  dueOn: string;
  interactionType: InteractionType | null;
  /** Playbook tasks: the stage whose entry created it. */
  stage: Stage | null;
  transitionId: string | null;
  /** Follow-up tasks: the interaction that asked for it. */
  fromInteraction: { id: string; at: string; type: InteractionType; summary: string } | null;
  doneAt: string | null;
  doneBy: string | null;
  doneInteractionId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface TaskWeek {
  from: string;
  to: string;
  /** Open tasks due up to `to` (and before `from` when overdue ones are included), by due date. */
  rows: Task[];
  /** All matching tasks (rows may be cut at `limit`). */
  total: number;
  overdue: number;
}

export interface PlaybookAction {
  id: string;
  stage: Stage;
  position: number;
  defaultKey: string | null;
  title: string | null;
  dueDays: number;
  interactionType: InteractionType | null;
  enabled: boolean;
}

export interface Playbook {
  stage: Stage;
  /** null → the built-in text in the user's language. */
  focus: string | null;
  actions: PlaybookAction[];
}

export const PlaybookActionInput = z.strictObject({
  /** Absent → a new action at the end of the stage's list. */
  id: uuid().optional(),
  stage: z.enum(STAGES),
  /** null on a built-in action keeps its translated text. */
  title: optText(300),
  dueDays: z.int({ error: 'err.dueDays' }).min(0, { error: 'err.dueDays' }).max(365, { error: 'err.dueDays' }),
  interactionType: z.enum(INTERACTION_TYPES).nullish().transform((v) => v ?? null),
  enabled: z.boolean().default(true),
});
export type PlaybookActionInput = z.input<typeof PlaybookActionInput>;

const idVersion = z.strictObject({ id: uuid(), version });

export const taskMethods = {
  'tasks.week': method<TaskWeek>()(TaskWeekInput),
  'tasks.ofCustomer': method<{ open: Task[]; done: Task[] }>()(z.strictObject({ customerId: uuid() })),
  'tasks.create': method<Task>()(TaskCreateInput),
  'tasks.complete': method<Task>()(TaskCompleteInput),
  'tasks.reopen': method<Task>()(idVersion),
  /** Moves the due date (snooze). */
  'tasks.snooze': method<Task>()(z.strictObject({ id: uuid(), version, dueOn: calendarDate() })),
  'tasks.delete': method<{ count: number }>()(idVersion),
  'playbooks.list': method<Playbook[]>()(z.strictObject({})),
  'playbooks.updateFocus': method<Playbook>()(
    z.strictObject({ stage: z.enum(STAGES), focus: optText(2000) }),
  ),
  'playbooks.saveAction': method<PlaybookAction>()(PlaybookActionInput),
  'playbooks.moveAction': method<Playbook>()(z.strictObject({ id: uuid(), direction: z.enum(['up', 'down']) })),
  'playbooks.deleteAction': method<{ count: number }>()(z.strictObject({ id: uuid() })),
  'playbooks.reset': method<Playbook>()(z.strictObject({ stage: z.enum(STAGES) })),
};
