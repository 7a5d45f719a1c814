import { Text } from 'react-native';

import { useT } from '@/i18n';
import { type Activity, useMyTasks } from '@/modules/crm/queries';
import { TaskRow } from '@/modules/crm/TaskRow';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { Section } from '@/ui/Section';
import { type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

type Group = { title: string; tasks: Activity[]; overdue: boolean };

function TaskGroup({ title, tasks, overdue }: Group) {
  if (tasks.length === 0) return null;
  return (
    <Section title={`${title} (${tasks.length})`}>
      {tasks.map((task) => (
        <TaskRow key={task.id} task={task} overdue={overdue} />
      ))}
    </Section>
  );
}

/** The user's open CRM tasks, overdue and due today; tick them off, pull to refresh. */
export function TasksScreen() {
  const t = useT();
  const tasks = useMyTasks();
  const overdue = tasks.data?.overdue ?? [];
  const today = tasks.data?.due_today ?? [];

  return (
    <Screen underHeader {...usePullToRefresh()}>
      <QueryNotice query={tasks} />
      {tasks.isSuccess && overdue.length + today.length === 0 ? (
        <Text style={type.muted}>{t('crm.tasks.empty')}</Text>
      ) : null}
      <TaskGroup title={t('crm.tasks.overdue')} tasks={overdue} overdue />
      <TaskGroup title={t('crm.tasks.today')} tasks={today} overdue={false} />
    </Screen>
  );
}
