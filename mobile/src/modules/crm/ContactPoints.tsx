import { useState } from 'react';
import { Linking, StyleSheet, Text, View } from 'react-native';

import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Notice } from '@/ui/Notice';
import { Section } from '@/ui/Section';
import { space, type } from '@/ui/theme';

import {
  callUrl,
  emailsOf,
  formatPhone,
  mailUrl,
  phonesOf,
  whatsappUrl,
} from './contactPoints';
import type { Contact } from './queries';

/**
 * A contact's phones and e-mails, each a tap away from the dialer, WhatsApp (numbers flagged
 * as such) or the mail app. A contact who opted out (LGPD) gets no shortcuts.
 */
export function ContactPoints({ contact }: { contact: Contact }) {
  const t = useT();
  const [failed, setFailed] = useState<string | null>(null);
  const phones = phonesOf(contact);
  const emails = emailsOf(contact);
  const reachable = !contact.opted_out_at;

  const open = (url: string) => {
    setFailed(null);
    Linking.openURL(url).catch(() => setFailed(url));
  };

  return (
    <>
      {contact.opted_out_at ? (
        <Notice
          tone="error"
          text={t('crm.contact.optedOut', { date: formatDate(contact.opted_out_at) })}
        />
      ) : null}
      {failed ? <Notice tone="error" text={t('crm.contact.openFailed', { url: failed })} /> : null}
      <Section title={t('crm.contact.phones')}>
        {phones.length === 0 ? <Text style={type.muted}>{t('crm.contact.noPhones')}</Text> : null}
        {phones.map((phone) => {
          const number = formatPhone(phone.number);
          return (
            <View key={phone.number} style={styles.point}>
              <View style={styles.text}>
                <Text style={type.body}>{number}</Text>
                {phone.label ? <Text style={type.muted}>{phone.label}</Text> : null}
              </View>
              {reachable ? (
                <View style={styles.actions}>
                  <Button
                    label={t('crm.contact.call')}
                    accessibilityLabel={t('crm.contact.callLabel', { number })}
                    variant="secondary"
                    onPress={() => open(callUrl(phone))}
                  />
                  {phone.whatsapp ? (
                    <Button
                      label={t('crm.contact.whatsapp')}
                      accessibilityLabel={t('crm.contact.whatsappLabel', { number })}
                      variant="secondary"
                      onPress={() => open(whatsappUrl(phone))}
                    />
                  ) : null}
                </View>
              ) : null}
            </View>
          );
        })}
      </Section>
      <Section title={t('crm.contact.emails')}>
        {emails.length === 0 ? <Text style={type.muted}>{t('crm.contact.noEmails')}</Text> : null}
        {emails.map((email) => (
          <View key={email.address} style={styles.point}>
            <View style={styles.text}>
              <Text style={type.body}>{email.address}</Text>
              {email.label ? <Text style={type.muted}>{email.label}</Text> : null}
            </View>
            {reachable ? (
              <Button
                label={t('crm.contact.mail')}
                accessibilityLabel={t('crm.contact.mailLabel', { address: email.address })}
                variant="secondary"
                onPress={() => open(mailUrl(email))}
              />
            ) : null}
          </View>
        ))}
      </Section>
    </>
  );
}

const styles = StyleSheet.create({
  point: { flexDirection: 'row', alignItems: 'center', gap: space.sm, flexWrap: 'wrap' },
  text: { flex: 1, minWidth: 140, gap: 2 },
  actions: { flexDirection: 'row', gap: space.sm },
});
