import type { Task } from '@shared/api/tasks';
import { useState } from 'react';
import type { TaskItemHandlers } from './TaskItem';
import { useTaskActions } from './useTaskActions';

/** The handlers a task list needs, plus the task each modal (log, pick a date) is open for. */
export function useTaskHandlers() {
  const actions = useTaskActions();
  const [logging, setLogging] = useState<Task | null>(null);
  const [snoozing, setSnoozing] = useState<Task | null>(null);
  const handlers: TaskItemHandlers = {
    onComplete: (t) => void actions.complete(t),
    onCompleteAndLog: setLogging,
    onReopen: (t) => void actions.reopen(t),
    onSnooze: (t, d) => void actions.snooze(t, d),
    onPickSnooze: setSnoozing,
    onDelete: (t) => void actions.remove(t),
  };
  return { handlers, logging, setLogging, snoozing, setSnoozing };
}
