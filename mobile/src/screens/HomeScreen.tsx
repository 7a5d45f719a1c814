import { ActivityIndicator, Text, View } from 'react-native';

import { formatDate, formatWeekday, hourInSaoPaulo } from '@/i18n/format';
import { type MessageKey, useLocale, useT } from '@/i18n';
import { AgentApprovalsSummary } from '@/modules/agents/AgentApprovalsSummary';
import { type Me, useMe } from '@/modules/auth/queries';
import { TasksSummary } from '@/modules/crm/TasksSummary';
import { LatestNotifications } from '@/modules/notifications/LatestNotifications';
import { RepliesSummary } from '@/modules/sdr/RepliesSummary';
import { SdrApprovalsSummary } from '@/modules/sdr/SdrApprovalsSummary';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { Section } from '@/ui/Section';
import { space, type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

function greetingKey(hour: number): MessageKey {
  if (hour < 12) return 'home.morning';
  return hour < 18 ? 'home.afternoon' : 'home.evening';
}

function DayHeader({ me }: { me: Me }) {
  const t = useT();
  const locale = useLocale();
  const now = new Date();
  const name = me.full_name?.split(' ')[0] ?? me.email ?? '';
  return (
    <View style={{ gap: space.xs }}>
      <Text style={type.title} accessibilityRole="header">
        {t(greetingKey(hourInSaoPaulo(now)), { name })}
      </Text>
      <Text style={type.muted}>{`${formatWeekday(now, locale)}, ${formatDate(now)}`}</Text>
      <Text style={type.body}>
        {t('home.roleAtOrganization', {
          role: t(`role.${me.role}`),
          organization: me.organization.name,
        })}
      </Text>
    </View>
  );
}

/** The approvals waiting: the SDR's first contacts for whoever decides them, else the AI's. */
function Approvals({ permissions }: { permissions: Me['permissions'] }) {
  if (permissions.includes('sdr:write')) return <SdrApprovalsSummary />;
  return permissions.includes('agents:read') ? <AgentApprovalsSummary /> : null;
}

/**
 * The user's day: who and where they are, what waits for them (approvals, replies, CRM
 * tasks), what is new.
 */
export function HomeScreen() {
  const t = useT();
  const me = useMe();
  const refresh = usePullToRefresh();

  return (
    <Screen {...refresh}>
      <QueryNotice query={me} />
      {me.data ? (
        <>
          <DayHeader me={me.data} />
          <Approvals permissions={me.data.permissions} />
          {me.data.permissions.includes('sdr:read') ? <RepliesSummary /> : null}
          <LatestNotifications />
          {me.data.permissions.includes('crm:read') ? (
            <TasksSummary />
          ) : (
            <Section title={t('home.tasks')}>
              <Text style={type.muted}>{t('home.tasksEmpty')}</Text>
            </Section>
          )}
        </>
      ) : (
        me.isPending && <ActivityIndicator />
      )}
    </Screen>
  );
}
