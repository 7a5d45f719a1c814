import { Link, Stack } from 'expo-router';
import { ActivityIndicator, StyleSheet, Text } from 'react-native';

import { formatDay, formatMoney } from '@/i18n/format';
import { type MessageKey, useLocale, useT } from '@/i18n';
import { useCan } from '@/modules/auth/queries';
import { ActivityForm } from '@/modules/crm/ActivityForm';
import { type Deal, useCompany, useContacts, useDeal, usePipelines } from '@/modules/crm/queries';
import { Timeline } from '@/modules/crm/Timeline';
import { useMoveFlow } from '@/modules/crm/useMoveFlow';
import { Button } from '@/ui/Button';
import { Field } from '@/ui/Field';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { Section } from '@/ui/Section';
import { colors, type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

function Contacts({ deal }: { deal: Deal }) {
  const t = useT();
  const contacts = useContacts(deal.contact_ids);
  return (
    <Section title={t('crm.deal.contacts')}>
      {deal.contact_ids.length === 0 ? (
        <Text style={type.muted}>{t('crm.deal.noContacts')}</Text>
      ) : null}
      {contacts.map(({ data: contact }, i) =>
        contact ? (
          <Link
            key={contact.id}
            href={{ pathname: '/crm/contacts/[id]', params: { id: contact.id } }}
            style={styles.link}
          >
            {contact.job_title ? `${contact.name} · ${contact.job_title}` : contact.name}
          </Link>
        ) : (
          <ActivityIndicator key={deal.contact_ids[i]} />
        ),
      )}
    </Section>
  );
}

/** One deal: value, stage, company, contacts, expected close; move it, log on it, its history. */
export function DealScreen({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const canWrite = useCan('crm:write');
  const deal = useDeal(id);
  const pipelines = usePipelines();
  const d = deal.data;
  const company = useCompany(d?.company_id ?? null);
  const pipeline = pipelines.data?.find((p) => p.id === d?.pipeline_id);
  const stages = [...(pipeline?.stages ?? [])].sort((a, b) => a.position - b.position);
  const stage = stages.find((s) => s.id === d?.stage_id);
  const flow = useMoveFlow(d?.pipeline_id, stages);

  return (
    <Screen underHeader {...usePullToRefresh()}>
      <Stack.Screen options={{ title: d?.title ?? t('crm.deal.title') }} />
      <QueryNotice query={deal} />
      {flow.outcome}
      {d ? (
        <>
          <Section title={d.title}>
            <Field
              label={t('crm.deal.value')}
              value={`${formatMoney(d.value, locale)} (${t('crm.deal.weighted', {
                value: formatMoney(d.weighted_value, locale),
              })})`}
            />
            <Field
              label={t('crm.deal.stage')}
              value={
                stage
                  ? t('crm.deal.stageWithProbability', {
                      stage: stage.name,
                      probability: d.probability,
                    })
                  : '…'
              }
            />
            {d.status !== 'open' ? (
              <Text style={type.body}>
                {d.status === 'lost' && d.lost_reason
                  ? t('crm.deal.lostBecause', { reason: d.lost_reason })
                  : t(`crm.deal.status.${d.status}` as MessageKey)}
              </Text>
            ) : null}
            {d.company_id ? (
              <Field
                label={t('crm.deal.company')}
                value={company.data ? (company.data.trade_name ?? company.data.legal_name) : '…'}
              />
            ) : null}
            <Field
              label={t('crm.deal.expectedClose')}
              value={
                d.expected_close_date ? formatDay(d.expected_close_date) : t('crm.deal.noDate')
              }
            />
            {canWrite && stages.length > 0 ? (
              <Button label={t('crm.moveDeal')} onPress={() => flow.start(d)} />
            ) : null}
          </Section>
          <Contacts deal={d} />
          {canWrite ? <ActivityForm link={{ deal_id: d.id }} /> : null}
          <Timeline of={{ type: 'deal', id: d.id }} />
        </>
      ) : (
        deal.isPending && <ActivityIndicator />
      )}
      {flow.sheet}
    </Screen>
  );
}

const styles = StyleSheet.create({ link: { ...type.body, color: colors.brand } });
