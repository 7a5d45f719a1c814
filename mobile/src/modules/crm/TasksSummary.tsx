import { Link } from 'expo-router';
import { Text } from 'react-native';

import { useT } from '@/i18n';
import { QueryNotice } from '@/ui/QueryNotice';
import { Section } from '@/ui/Section';
import { colors, type } from '@/ui/theme';

import { useMyTasks } from './queries';
import { taskTitle } from './TaskRow';

const SHOWN = 3;

/** The home screen's count of open CRM tasks and the first few (overdue first). */
export function TasksSummary() {
  const t = useT();
  const tasks = useMyTasks();
  const overdue = tasks.data?.overdue.filter((task) => !task.done_at) ?? [];
  const today = tasks.data?.due_today.filter((task) => !task.done_at) ?? [];
  const open = [...overdue, ...today];

  return (
    <Section title={t('home.tasks')}>
      <QueryNotice query={tasks} />
      {tasks.isSuccess && open.length === 0 ? (
        <Text style={type.muted}>{t('crm.tasks.empty')}</Text>
      ) : null}
      {open.length > 0 ? (
        <Text style={type.muted}>
          {t('crm.tasksCount', { overdue: overdue.length, today: today.length })}
        </Text>
      ) : null}
      {open.slice(0, SHOWN).map((task) => (
        <Text key={task.id} style={type.body}>
          {taskTitle(t, task)}
        </Text>
      ))}
      {tasks.data ? (
        <Link href="/crm/tasks" style={[type.body, { color: colors.brand }]}>
          {t('crm.tasks.seeAll')}
        </Link>
      ) : null}
    </Section>
  );
}
