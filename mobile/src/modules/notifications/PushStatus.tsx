import { Linking, Text } from 'react-native';

import { type MessageKey, useT } from '@/i18n';
import { Button } from '@/ui/Button';
import { Section } from '@/ui/Section';
import { type } from '@/ui/theme';

import { type DeviceRegistration, useDeviceRegistration } from './queries';

const WORDING: Record<DeviceRegistration['status'], MessageKey> = {
  registered: 'settings.push.granted',
  denied: 'settings.push.denied',
  unavailable: 'settings.push.unavailable',
  notConfigured: 'settings.push.notConfigured',
};

/** Whether this phone gets pushes, and the way to the system settings when they are blocked. */
export function PushStatus() {
  const t = useT();
  const registration = useDeviceRegistration();
  const status = registration.data?.status;

  return (
    <Section title={t('settings.push')}>
      <Text style={type.muted}>
        {status
          ? t(WORDING[status])
          : t(registration.isError ? 'settings.push.failed' : 'settings.push.checking')}
      </Text>
      {status === 'denied' ? (
        <Button
          label={t('settings.openSystemSettings')}
          variant="secondary"
          onPress={() => void Linking.openSettings()}
        />
      ) : null}
    </Section>
  );
}
