import { useApi } from '../../api/hooks';
import { localToday } from './taskModel';

/** Due and overdue open tasks, for the navigation badge (only when a workspace is open). */
export function useDueTaskCount(enabled: boolean): { total: number; overdue: number } | undefined {
  const q = useApi('tasks.week', { from: localToday(), includeOverdue: true, limit: 1 }, { enabled });
  return q.data ? { total: q.data.total, overdue: q.data.overdue } : undefined;
}
