import { Stack } from 'expo-router';
import { StatusBar } from 'expo-status-bar';
import { useEffect } from 'react';
import { ActivityIndicator, StyleSheet, View } from 'react-native';
import { SafeAreaProvider } from 'react-native-safe-area-context';

import { useT } from '@/i18n';
import { QueryProvider } from '@/query/QueryProvider';
import { useSession } from '@/session/store';
import { colors } from '@/ui/theme';

/**
 * Reads the saved session, then shows the login or the signed-in tabs (and the CRM's and the
 * SDR's screens).
 */
export default function RootLayout() {
  const t = useT();
  const status = useSession((s) => s.status);
  const withHeader = (title: string) => ({
    headerShown: true,
    title,
    headerTintColor: colors.brand,
  });
  useEffect(() => {
    void useSession.getState().hydrate();
  }, []);

  return (
    <SafeAreaProvider>
      <QueryProvider>
        <StatusBar style="dark" />
        {status === 'loading' ? (
          <View style={styles.splash}>
            <ActivityIndicator color={colors.brand} />
          </View>
        ) : (
          <Stack screenOptions={{ headerShown: false }}>
            <Stack.Protected guard={status === 'signedIn'}>
              <Stack.Screen name="(tabs)" />
              <Stack.Screen name="crm/deals/[id]" options={withHeader(t('crm.deal.title'))} />
              <Stack.Screen
                name="crm/contacts/[id]"
                options={withHeader(t('crm.contact.title'))}
              />
              <Stack.Screen name="crm/tasks" options={withHeader(t('crm.tasks.title'))} />
              <Stack.Screen
                name="sdr/approvals"
                options={withHeader(t('sdr.approvals.title'))}
              />
              <Stack.Screen name="sdr/replies" options={withHeader(t('sdr.replies.title'))} />
              <Stack.Screen
                name="sdr/conversations/[id]"
                options={withHeader(t('sdr.conversation.title'))}
              />
            </Stack.Protected>
            <Stack.Protected guard={status === 'signedOut'}>
              <Stack.Screen name="login" />
            </Stack.Protected>
          </Stack>
        )}
      </QueryProvider>
    </SafeAreaProvider>
  );
}

const styles = StyleSheet.create({
  splash: {
    flex: 1,
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: colors.background,
  },
});
