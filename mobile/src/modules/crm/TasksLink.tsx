import { useT } from '@/i18n';
import { LinkRow } from '@/ui/LinkRow';

import { useMyTasks } from './queries';

/** The way from the deals to the user's tasks, with how many are open. */
export function TasksLink() {
  const t = useT();
  const tasks = useMyTasks();
  const open = (list: { done_at: string | null }[] | undefined) =>
    (list ?? []).filter((task) => !task.done_at).length;

  return (
    <LinkRow
      href="/crm/tasks"
      icon="checkbox-outline"
      title={t('crm.tasksLink')}
      detail={
        tasks.data
          ? t('crm.tasksCount', {
              overdue: open(tasks.data.overdue),
              today: open(tasks.data.due_today),
            })
          : null
      }
    />
  );
}
