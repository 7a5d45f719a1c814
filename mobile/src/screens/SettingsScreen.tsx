import Constants from 'expo-constants';
import { StyleSheet, Text, View } from 'react-native';

import { LOCALES, useLocaleStore } from '@/i18n/locale';
import { useT } from '@/i18n';
import { useLogout, useMe } from '@/modules/auth/queries';
import { PushStatus } from '@/modules/notifications/PushStatus';
import { Button } from '@/ui/Button';
import { QueryNotice } from '@/ui/QueryNotice';
import { Screen } from '@/ui/Screen';
import { Section } from '@/ui/Section';
import { space, type } from '@/ui/theme';

function LanguagePicker() {
  const t = useT();
  const { locale, setLocale } = useLocaleStore();
  return (
    <Section title={t('settings.language')}>
      <View style={styles.row}>
        {LOCALES.map((option) => (
          <View key={option.locale} style={styles.fill}>
            <Button
              label={option.label}
              variant={option.locale === locale ? 'primary' : 'secondary'}
              onPress={() => setLocale(option.locale)}
            />
          </View>
        ))}
      </View>
    </Section>
  );
}

/** Who is signed in, the language, pushes, and the way out. */
export function SettingsScreen() {
  const t = useT();
  const me = useMe();
  const logout = useLogout();

  return (
    <Screen underHeader>
      <QueryNotice query={me} />
      {me.data ? (
        <Section title={me.data.full_name ?? me.data.email ?? ''}>
          <Text style={type.body}>{me.data.email}</Text>
          <Text style={type.muted}>
            {t('home.roleAtOrganization', {
              role: t(`role.${me.data.role}`),
              organization: me.data.organization.name,
            })}
          </Text>
        </Section>
      ) : null}
      <LanguagePicker />
      <PushStatus />
      <Button
        label={logout.isPending ? t('settings.loggingOut') : t('settings.logout')}
        variant="danger"
        disabled={logout.isPending}
        onPress={() => logout.mutate()}
      />
      <Text style={[type.muted, styles.center]}>
        {t('settings.version', { version: Constants.expoConfig?.version ?? '' })}
      </Text>
    </Screen>
  );
}

const styles = StyleSheet.create({
  row: { flexDirection: 'row', gap: space.sm },
  fill: { flex: 1 },
  center: { textAlign: 'center' },
});
