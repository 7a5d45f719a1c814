import * as Device from 'expo-device';
import { Platform } from 'react-native';

import { EAS_PROJECT_ID } from '@/config';

import { Notifications } from './expoNotifications';
import type { PushTokenResult } from './types';

export type { PushTokenResult } from './types';

const ANDROID_CHANNEL = 'default';

/** Asks once for permission (Android 13+ shows the prompt) and returns the Expo push token. */
export async function obtainPushToken(): Promise<PushTokenResult> {
  if (!Notifications || !Device.isDevice || (Platform.OS !== 'android' && Platform.OS !== 'ios')) {
    return { status: 'unavailable' };
  }
  if (!EAS_PROJECT_ID) return { status: 'notConfigured' };
  if (Platform.OS === 'android') {
    // Android shows no permission prompt before the app has a channel.
    await Notifications.setNotificationChannelAsync(ANDROID_CHANNEL, {
      name: 'Somos Produtora',
      importance: Notifications.AndroidImportance.HIGH,
    });
  }
  let permission = await Notifications.getPermissionsAsync();
  if (!permission.granted && permission.canAskAgain) {
    permission = await Notifications.requestPermissionsAsync();
  }
  if (!permission.granted) return { status: 'denied' };
  const { data } = await Notifications.getExpoPushTokenAsync({ projectId: EAS_PROJECT_ID });
  return { status: 'granted', token: data, platform: Platform.OS, deviceName: Device.modelName };
}
