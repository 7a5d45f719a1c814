import createClient from 'openapi-fetch';

import { API_URL } from '@/config';
import { tokensFrom } from '@/session/tokens';

import { createAuthMiddleware } from './authMiddleware';
import type { components, paths } from './schema';

/** The one typed client of the backend (types generated from its OpenAPI: npm run api:generate). */
export const api = createClient<paths>({
  baseUrl: API_URL,
  // read at call time, so whatever fetch the runtime (or a test) installs is the one used
  fetch: (request) => globalThis.fetch(request),
});

api.use(
  createAuthMiddleware(async (refreshToken) => {
    const { data, response } = await api.POST('/api/v1/auth/refresh', {
      body: { refresh_token: refreshToken },
    });
    return data ? tokensFrom(data) : { status: response.status };
  }),
);

/** A schema of the API by name, e.g. `Schema<'MeRead'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
