import type { Task } from '@shared/api/tasks';
import type { TFunction } from 'i18next';

// Pure helpers of the task screens: local dates, grouping, and a task's text.

const pad = (n: number) => String(n).padStart(2, '0');

/** The user's calendar date today ('YYYY-MM-DD', local time). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export type TaskGroup = 'overdue' | 'today' | 'week';

export function groupOf(task: Task, today: string): TaskGroup {
  return task.dueOn < today ? 'overdue' : task.dueOn === today ? 'today' : 'week';
}

/** The typed title, else the built-in text in the user's language (a follow-up quotes its contact). */
export function taskTitle(task: Task, t: TFunction): string {
  if (task.title) return task.title;
  if (task.source === 'follow_up' && task.fromInteraction) return t('tasks:followUpTitle', { summary: task.fromInteraction.summary });
  return t(`tasks:actions.${task.defaultKey ?? 'followUp'}`);
}
