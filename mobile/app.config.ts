import type { ConfigContext, ExpoConfig } from 'expo/config';

// app.json holds the static config; this adds what comes from the environment at build time.
export const DEFAULT_API_URL = 'http://127.0.0.1:8000';

export default ({ config }: ConfigContext): ExpoConfig => ({
  ...(config as ExpoConfig),
  extra: {
    ...config.extra,
    apiUrl: process.env.EXPO_PUBLIC_API_URL || DEFAULT_API_URL,
  },
});
