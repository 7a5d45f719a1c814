import { StyleSheet, Text, View } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { QueryNotice } from '@/ui/QueryNotice';
import { Section } from '@/ui/Section';
import { colors, space, type } from '@/ui/theme';

import { type Activity, type TimelineEntry, type TimelineOf, useTimeline } from './queries';
import { eventText, kindLabel } from './wording';

const BODY_LENGTH = 240;

function ActivityEntry({ activity }: { activity: Activity }) {
  const t = useT();
  const body =
    activity.body.length > BODY_LENGTH ? `${activity.body.slice(0, BODY_LENGTH)}…` : activity.body;
  const task =
    activity.kind === 'task'
      ? activity.done_at
        ? t('crm.timeline.done')
        : activity.due_at && t('crm.timeline.due', { date: formatDateTime(activity.due_at) })
      : null;
  return (
    <>
      <Text style={type.muted}>
        {[kindLabel(t, activity.kind), formatDateTime(activity.occurred_at), task]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {activity.subject ? (
        <Text style={[type.body, styles.subject]}>{activity.subject}</Text>
      ) : null}
      {body ? <Text style={type.body}>{body}</Text> : null}
    </>
  );
}

function Entry({ entry }: { entry: TimelineEntry }) {
  const t = useT();
  return (
    <View style={styles.entry}>
      {entry.activity ? (
        <ActivityEntry activity={entry.activity} />
      ) : (
        <>
          <Text style={type.muted}>{formatDateTime(entry.at)}</Text>
          <Text style={type.body}>{eventText(t, entry)}</Text>
        </>
      )}
    </View>
  );
}

/** The latest of a deal's or contact's history, newest first. */
export function Timeline({ of }: { of: TimelineOf }) {
  const t = useT();
  const timeline = useTimeline(of);
  const entries = timeline.data ?? [];

  return (
    <Section title={t('crm.timeline')}>
      <QueryNotice query={timeline} />
      {timeline.isSuccess && entries.length === 0 ? (
        <Text style={type.muted}>{t('crm.timeline.empty')}</Text>
      ) : null}
      {entries.map((entry) => (
        <Entry key={`${entry.type}-${entry.id}`} entry={entry} />
      ))}
    </Section>
  );
}

const styles = StyleSheet.create({
  entry: {
    gap: 2,
    paddingLeft: space.md,
    borderLeftWidth: 2,
    borderLeftColor: colors.brandSoft,
  },
  subject: { fontWeight: '600' },
});
