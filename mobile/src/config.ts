import Constants from 'expo-constants';

import { DEFAULT_API_URL } from '../app.config';

type Extra = { apiUrl?: unknown; eas?: { projectId?: unknown } };

const extra = (Constants.expoConfig?.extra ?? {}) as Extra;

/**
 * The backend's base URL: EXPO_PUBLIC_API_URL at build time (app.config.ts puts it in
 * `extra`), the local backend when the config is not embedded (Jest).
 */
export const API_URL: string = (
  typeof extra.apiUrl === 'string' ? extra.apiUrl : DEFAULT_API_URL
).replace(/\/+$/, '');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const projectId = extra.eas?.projectId;

/** The EAS project id that `eas init` writes into app.json; null while it is the placeholder. */
export const EAS_PROJECT_ID: string | null =
  typeof projectId === 'string' && UUID.test(projectId) ? projectId : null;
