import { Stack } from 'expo-router';
import { ActivityIndicator, Text } from 'react-native';

import { useT } from '@/i18n';
import { useCan } from '@/modules/auth/queries';
import { ActivityForm } from '@/modules/crm/ActivityForm';
import { ContactPoints } from '@/modules/crm/ContactPoints';
import { DealRow } from '@/modules/crm/DealRow';
import { useCompany, useContact, useContactDeals } from '@/modules/crm/queries';
import { Timeline } from '@/modules/crm/Timeline';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { Section } from '@/ui/Section';
import { type } from '@/ui/theme';
import { usePullToRefresh } from '@/ui/usePullToRefresh';

function ContactDeals({ contactId }: { contactId: string }) {
  const t = useT();
  const deals = useContactDeals(contactId);
  return (
    <Section title={t('crm.contact.deals')}>
      <QueryNotice query={deals} />
      {deals.isSuccess && deals.data.length === 0 ? (
        <Text style={type.muted}>{t('crm.contact.noDeals')}</Text>
      ) : null}
      {deals.data?.map((deal) => <DealRow key={deal.id} deal={deal} />)}
    </Section>
  );
}

/** A contact card: who, where, how to reach them, their deals; log a call or a note. */
export function ContactScreen({ id }: { id: string }) {
  const t = useT();
  const canWrite = useCan('crm:write');
  const contact = useContact(id);
  const c = contact.data;
  const company = useCompany(c?.company_id ?? null);
  const companyName = company.data && (company.data.trade_name ?? company.data.legal_name);

  return (
    <Screen underHeader {...usePullToRefresh()}>
      <Stack.Screen options={{ title: c?.name ?? t('crm.contact.title') }} />
      <QueryNotice query={contact} />
      {c ? (
        <>
          <Section title={c.name}>
            {c.job_title ? <Text style={type.body}>{c.job_title}</Text> : null}
            {companyName ? <Text style={type.muted}>{companyName}</Text> : null}
          </Section>
          <ContactPoints contact={c} />
          <ContactDeals contactId={c.id} />
          {canWrite ? <ActivityForm link={{ contact_id: c.id }} /> : null}
          <Timeline of={{ type: 'contact', id: c.id }} />
        </>
      ) : (
        contact.isPending && <ActivityIndicator />
      )}
    </Screen>
  );
}
