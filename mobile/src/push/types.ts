/** What asking for this phone's Expo push token came to. */
export type PushTokenResult =
  | { status: 'granted'; token: string; platform: 'android' | 'ios'; deviceName: string | null }
  /** The user said no (or said no before): the app works, it just cannot alert. */
  | { status: 'denied' }
  /** An emulator, or the web export: no push service to register with. */
  | { status: 'unavailable' }
  /** The build has no EAS project id yet (`eas init` writes it). */
  | { status: 'notConfigured' };

