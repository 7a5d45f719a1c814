import Ionicons from '@expo/vector-icons/Ionicons';
import { Link } from 'expo-router';
import { Pressable, StyleSheet, Text, View } from 'react-native';

import { saveErrorText } from '@/i18n/errorText';
import { formatDateTime, formatTime } from '@/i18n/format';
import { type Translate, useT } from '@/i18n';
import { Notice } from '@/ui/Notice';
import { colors, space, type } from '@/ui/theme';

import { type Activity, type MyTask, useToggleTask } from './queries';

export const taskTitle = (t: Translate, task: Activity) =>
  task.subject || task.body || t('crm.tasks.untitled');

/** One task with its done box; ticking it saves at once and undoes itself on failure. */
export function TaskRow({ task, overdue }: { task: Activity | MyTask; overdue: boolean }) {
  const about = 'deal_title' in task ? task : null;
  const t = useT();
  const toggle = useToggleTask();
  const done = !!task.done_at;
  const title = taskTitle(t, task);
  const due =
    task.due_at &&
    (overdue
      ? t('crm.tasks.overdueSince', { date: formatDateTime(task.due_at) })
      : t('crm.tasks.dueAt', { time: formatTime(task.due_at) }));

  return (
    <View style={styles.task}>
      <Pressable
        accessibilityRole="checkbox"
        accessibilityLabel={title}
        accessibilityState={{ checked: done, disabled: toggle.isPending }}
        disabled={toggle.isPending}
        onPress={() => toggle.mutate({ task, done: !done })}
        style={styles.row}
      >
        <View style={[styles.box, done && styles.boxDone]}>
          {done ? <Ionicons name="checkmark" size={16} color={colors.onBrand} /> : null}
        </View>
        <View style={styles.text}>
          <Text style={[type.body, done && styles.done]}>{title}</Text>
          {due ? <Text style={[type.muted, overdue && !done && styles.late]}>{due}</Text> : null}
        </View>
      </Pressable>
      {task.deal_id ? (
        <Link
          href={{ pathname: '/crm/deals/[id]', params: { id: task.deal_id } }}
          style={styles.link}
        >
          {about?.deal_title ?? t('crm.tasks.openDeal')}
        </Link>
      ) : task.contact_id ? (
        <Link
          href={{ pathname: '/crm/contacts/[id]', params: { id: task.contact_id } }}
          style={styles.link}
        >
          {about?.contact_name ?? t('crm.tasks.openContact')}
        </Link>
      ) : null}
      {toggle.isError ? (
        <Notice
          tone="error"
          text={saveErrorText(t, toggle.error, {
            offline: 'crm.tasks.offline',
            failed: 'crm.tasks.failed',
          })}
        />
      ) : null}
    </View>
  );
}

const styles = StyleSheet.create({
  task: { gap: space.xs, paddingVertical: space.xs },
  row: { flexDirection: 'row', gap: space.md, alignItems: 'flex-start' },
  box: {
    width: 24,
    height: 24,
    borderRadius: 6,
    borderWidth: 2,
    borderColor: colors.brand,
    alignItems: 'center',
    justifyContent: 'center',
  },
  boxDone: { backgroundColor: colors.brand },
  text: { flex: 1, gap: 2 },
  done: { textDecorationLine: 'line-through', color: colors.muted },
  late: { color: colors.danger },
  link: { ...type.body, color: colors.brand, marginLeft: 24 + space.md },
});
