import type { taskMethods } from '../../../shared/api/tasks';
import type { HandlerMap } from '../handlerTypes';
import { deleteAction, listPlaybooks, moveAction, resetPlaybook, saveAction, updateFocus } from './playbookService';
import { completeTask, createTask, deleteTask, reopenTask, snoozeTask, tasksOfCustomer, tasksOfWeek } from './taskService';

export const taskHandlers: HandlerMap<keyof typeof taskMethods> = {
  'tasks.week': (input, b) => tasksOfWeek(b.context(), input),
  'tasks.ofCustomer': (input, b) => tasksOfCustomer(b.context(), input),
  'tasks.create': (input, b) => createTask(b.context(), input),
  'tasks.complete': (input, b) => completeTask(b.context(), input),
  'tasks.reopen': (input, b) => reopenTask(b.context(), input),
  'tasks.snooze': (input, b) => snoozeTask(b.context(), input),
  'tasks.delete': (input, b) => deleteTask(b.context(), input),
  'playbooks.list': (_input, b) => listPlaybooks(b.context()),
  'playbooks.updateFocus': (input, b) => updateFocus(b.context(), input),
  'playbooks.saveAction': (input, b) => saveAction(b.context(), input),
  'playbooks.moveAction': (input, b) => moveAction(b.context(), input),
  'playbooks.deleteAction': (input, b) => deleteAction(b.context(), input),
  'playbooks.reset': (input, b) => resetPlaybook(b.context(), input),
};
