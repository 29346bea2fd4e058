import { notifications } from '@mantine/notifications';
import type { Task } from '@shared/api/tasks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { taskTitle } from './taskModel';

/** One-click task actions with their notifications; completing offers an undo. */
export function useTaskActions() {
  const { t } = useTranslation('tasks');
  const fmt = useFormat();
  const qc = useQueryClient();
  // The backend's change event refetches too; this makes this window current at once.
  const refresh = () => qc.invalidateQueries({ predicate: (q) => /^(tasks|customers|interactions)\./.test(String(q.queryKey[0])) });
  const fail = (e: unknown) => notifications.show({ color: 'red', title: t('failed'), message: e instanceof Error ? e.message : String(e) });

  async function run(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      notifications.show({ color: 'teal', message });
    } catch (e) {
      fail(e);
    } finally {
      void refresh();
    }
  }

  return {
    refresh,
    async complete(task: Task) {
      try {
        const done = await call('tasks.complete', { id: task.id, version: task.version });
        const id = `task-done-${task.id}`;
        notifications.show({
          id,
          color: 'teal',
          message: (
            <span>
              {t('completed', { title: taskTitle(task, t) })}{' '}
              <a
                href="#"
                data-testid="task-undo"
                onClick={(e) => {
                  e.preventDefault();
                  notifications.hide(id);
                  void run(() => call('tasks.reopen', { id: done.id, version: done.version }), t('reopened'));
                }}
              >
                {t('undo')}
              </a>
            </span>
          ),
        });
      } catch (e) {
        fail(e);
      } finally {
        void refresh();
      }
    },
    reopen: (task: Task) => run(() => call('tasks.reopen', { id: task.id, version: task.version }), t('reopened')),
    snooze: (task: Task, dueOn: string) =>
      run(() => call('tasks.snooze', { id: task.id, version: task.version, dueOn }), t('snoozed', { date: fmt.date(dueOn) })),
    remove: (task: Task) => run(() => call('tasks.delete', { id: task.id, version: task.version }), t('deleted')),
  };
}
