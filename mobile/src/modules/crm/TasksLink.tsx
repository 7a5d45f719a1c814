import Ionicons from '@expo/vector-icons/Ionicons';
import { Link } from 'expo-router';
import { Pressable, StyleSheet, Text, View } from 'react-native';

import { useT } from '@/i18n';
import { colors, space, type } from '@/ui/theme';

import { useMyTasks } from './queries';

/** The way from the deals to the user's tasks, with how many are open. */
export function TasksLink() {
  const t = useT();
  const tasks = useMyTasks();
  const open = (list: { done_at: string | null }[] | undefined) =>
    (list ?? []).filter((task) => !task.done_at).length;

  return (
    <Link href="/crm/tasks" asChild>
      <Pressable accessibilityRole="link" style={styles.row}>
        <Ionicons name="checkbox-outline" size={22} color={colors.brand} />
        <View style={styles.text}>
          <Text style={[type.body, styles.title]}>{t('crm.tasksLink')}</Text>
          {tasks.data ? (
            <Text style={type.muted}>
              {t('crm.tasksCount', {
                overdue: open(tasks.data.overdue),
                today: open(tasks.data.due_today),
              })}
            </Text>
          ) : null}
        </View>
        <Ionicons name="chevron-forward" size={20} color={colors.muted} />
      </Pressable>
    </Link>
  );
}

const styles = StyleSheet.create({
  row: {
    flexDirection: 'row',
    alignItems: 'center',
    gap: space.md,
    backgroundColor: colors.surface,
    borderRadius: 12,
    borderWidth: StyleSheet.hairlineWidth,
    borderColor: colors.border,
    padding: space.md,
  },
  text: { flex: 1, gap: 2 },
  title: { fontWeight: '600' },
});
