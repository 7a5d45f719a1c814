import { type Href, Link } from 'expo-router';
import { Text } from 'react-native';

import { formatDateTime } from '@/i18n/format';
import { useT } from '@/i18n';
import { QueryNotice } from '@/ui/QueryNotice';
import { Section } from '@/ui/Section';
import { colors, type } from '@/ui/theme';

const SHOWN = 3;

type Props = {
  query: { isSuccess: boolean; isError: boolean; data?: unknown; dataUpdatedAt: number };
  /** The pending approvals loaded, oldest or newest first as their queue orders them. */
  items: { id: string; title: string; created_at: string }[];
  /** More wait than the loaded ones. */
  more: boolean;
  /** The queue they are decided in. */
  href: Href;
};

/** The home screen's count and first few approvals of a queue. */
export function ApprovalsSummary({ query, items, more, href }: Props) {
  const t = useT();
  return (
    <Section title={t('home.approvals')}>
      <QueryNotice query={query} />
      {query.isSuccess && items.length === 0 ? (
        <Text style={type.muted}>{t('home.approvalsEmpty')}</Text>
      ) : null}
      {items.slice(0, SHOWN).map((approval) => (
        <Text key={approval.id} style={type.body}>
          {approval.title}
          <Text style={type.muted}> · {formatDateTime(approval.created_at)}</Text>
        </Text>
      ))}
      {items.length > 0 ? (
        <Link href={href} style={[type.body, { color: colors.brand }]}>
          {t('home.seeAllApprovals', { count: more ? `${items.length}+` : items.length })}
        </Link>
      ) : null}
    </Section>
  );
}
