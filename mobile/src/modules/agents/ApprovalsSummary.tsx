import { Link } from 'expo-router';
import { Text } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { QueryNotice } from '@/ui/QueryNotice';
import { Section } from '@/ui/Section';
import { colors, type } from '@/ui/theme';

import { usePendingApprovals } from './queries';

const SHOWN = 3;

/** The home screen's count and first few approvals (for whoever may see the queue). */
export function ApprovalsSummary() {
  const t = useT();
  const approvals = usePendingApprovals();
  const items = approvals.data?.items ?? [];

  return (
    <Section title={t('home.approvals')}>
      <QueryNotice query={approvals} />
      {approvals.isSuccess && items.length === 0 ? (
        <Text style={type.muted}>{t('home.approvalsEmpty')}</Text>
      ) : null}
      {items.slice(0, SHOWN).map((approval) => (
        <Text key={approval.id} style={type.body}>
          {approval.title}
          <Text style={type.muted}> · {formatDateTime(approval.created_at)}</Text>
        </Text>
      ))}
      {items.length > 0 ? (
        <Link href="/approvals" style={[type.body, { color: colors.brand }]}>
          {t('home.seeAllApprovals', {
            count: approvals.data?.next_cursor ? `${items.length}+` : items.length,
          })}
        </Link>
      ) : null}
    </Section>
  );
}
