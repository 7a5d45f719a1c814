import type { components } from '@/api/schema';

/** The pair the backend hands out at login and on every refresh. */
export type Tokens = { accessToken: string; refreshToken: string };

/** Where the pair survives an app restart: SecureStore on phones, localStorage on the web. */
export type TokenStorage = {
  load(): Promise<Tokens | null>;
  save(tokens: Tokens): Promise<void>;
  clear(): Promise<void>;
};

export function tokensFrom(pair: components['schemas']['TokenResponse']): Tokens {
  return { accessToken: pair.access_token, refreshToken: pair.refresh_token };
}

export const TOKENS_KEY = 'somos.session';

export function parseTokens(raw: string | null): Tokens | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' && value !== null &&
      typeof (value as Tokens).accessToken === 'string' &&
      typeof (value as Tokens).refreshToken === 'string'
    ) {
      return value as Tokens;
    }
  } catch {
    // a corrupt entry is the same as none: sign in again
  }
  return null;
}
