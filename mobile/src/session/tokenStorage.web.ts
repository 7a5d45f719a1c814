import { parseTokens, TOKENS_KEY, type TokenStorage } from './tokens';

/** The web export (a preview of the app, not a product) keeps the pair in localStorage. */
export const tokenStorage: TokenStorage = {
  load: async () => parseTokens(globalThis.localStorage.getItem(TOKENS_KEY)),
  save: async (tokens) => globalThis.localStorage.setItem(TOKENS_KEY, JSON.stringify(tokens)),
  clear: async () => globalThis.localStorage.removeItem(TOKENS_KEY),
};
