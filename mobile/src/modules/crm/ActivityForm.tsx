import { useState } from 'react';
import { StyleSheet, View } from 'react-native';

import { saveErrorText } from '@/i18n/errorText';
import { useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Chip } from '@/ui/Chip';
import { Notice } from '@/ui/Notice';
import { Section } from '@/ui/Section';
import { TextField } from '@/ui/TextField';
import { space } from '@/ui/theme';

import { dayFromToday, DEFAULT_DUE_TIME, dueAt } from './dueDate';
import { type ActivityKind, useLogActivity } from './queries';
import { kindLabel, LOGGABLE_KINDS } from './wording';

/** What the activity is logged on. */
export type ActivityLink = { deal_id: string } | { contact_id: string };

const QUICK_DAYS = [
  { days: 0, key: 'crm.activity.today' },
  { days: 1, key: 'crm.activity.tomorrow' },
  { days: 7, key: 'crm.activity.nextWeek' },
] as const;

/** Log a note, a call, a meeting or a task (with its due date) on a deal or a contact. */
export function ActivityForm({ link }: { link: ActivityLink }) {
  const t = useT();
  const log = useLogActivity();
  const [kind, setKind] = useState<ActivityKind>('note');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [dueDate, setDueDate] = useState(() => dayFromToday(0));
  const [dueTime, setDueTime] = useState(DEFAULT_DUE_TIME);
  const [problem, setProblem] = useState<string | null>(null);
  const isTask = kind === 'task';

  /** Any edit clears what the last attempt said. */
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setProblem(null);
      if (!log.isIdle) log.reset();
    };

  function submit() {
    const due = isTask ? dueAt(dueDate, dueTime) : null;
    if (!subject.trim() && !body.trim()) return setProblem(t('crm.activity.empty'));
    if (isTask && !due) return setProblem(t('crm.activity.badDue'));
    setProblem(null);
    log.mutate(
      { kind, subject: subject.trim() || null, body: body.trim() || null, due_at: due, ...link },
      {
        onSuccess: () => {
          setSubject('');
          setBody('');
        },
      },
    );
  }

  return (
    <Section title={t('crm.activity.log')}>
      <View style={styles.chips}>
        {LOGGABLE_KINDS.map((option) => (
          <Chip
            key={option}
            label={kindLabel(t, option)}
            accessibilityLabel={t('crm.activity.kindLabel', { kind: kindLabel(t, option) })}
            selected={option === kind}
            onPress={() => edit(setKind)(option)}
          />
        ))}
      </View>
      <TextField
        label={isTask ? t('crm.activity.taskSubject') : t('crm.activity.subject')}
        value={subject}
        onChangeText={edit(setSubject)}
        maxLength={200}
      />
      <TextField
        label={t('crm.activity.body')}
        value={body}
        onChangeText={edit(setBody)}
        multiline
      />
      {isTask ? (
        <>
          <View style={styles.chips}>
            {QUICK_DAYS.map(({ days, key }) => (
              <Chip
                key={key}
                label={t(key)}
                selected={dueDate === dayFromToday(days)}
                onPress={() => edit(setDueDate)(dayFromToday(days))}
              />
            ))}
          </View>
          <View style={styles.due}>
            <View style={styles.date}>
              <TextField
                label={t('crm.activity.dueDate')}
                value={dueDate}
                onChangeText={edit(setDueDate)}
                keyboardType="numbers-and-punctuation"
                maxLength={10}
              />
            </View>
            <View style={styles.time}>
              <TextField
                label={t('crm.activity.dueTime')}
                value={dueTime}
                onChangeText={edit(setDueTime)}
                keyboardType="numbers-and-punctuation"
                maxLength={5}
              />
            </View>
          </View>
        </>
      ) : null}
      {problem ? <Notice tone="error" text={problem} /> : null}
      {log.isError ? (
        <Notice
          tone="error"
          text={saveErrorText(t, log.error, {
            offline: 'crm.activity.offline',
            failed: 'crm.activity.failed',
          })}
        />
      ) : null}
      {log.isSuccess ? (
        <Notice text={t('crm.activity.saved', { kind: kindLabel(t, log.data.kind) })} />
      ) : null}
      <Button
        label={log.isPending ? t('crm.activity.saving') : t('crm.activity.save')}
        disabled={log.isPending}
        onPress={submit}
      />
    </Section>
  );
}

const styles = StyleSheet.create({
  chips: { flexDirection: 'row', flexWrap: 'wrap', gap: space.sm },
  due: { flexDirection: 'row', gap: space.sm },
  date: { flex: 3 },
  time: { flex: 2 },
});
