import { isRunningInExpoGo } from 'expo';

/**
 * expo-notifications, or null in Expo Go: since SDK 53 Expo Go has no remote push and the
 * library throws on import there on Android. Loaded lazily so the rest of the app still runs
 * in Expo Go; the APK and development builds get it.
 */
export const Notifications: typeof import('expo-notifications') | null = isRunningInExpoGo()
  ? null
  : // eslint-disable-next-line @typescript-eslint/no-require-imports -- must not load in Expo Go
    require('expo-notifications');
