import * as SecureStore from 'expo-secure-store';

import { parseTokens, TOKENS_KEY, type TokenStorage } from './tokens';

/** Android Keystore / iOS Keychain through expo-secure-store. */
export const tokenStorage: TokenStorage = {
  load: async () => parseTokens(await SecureStore.getItemAsync(TOKENS_KEY)),
  save: (tokens) => SecureStore.setItemAsync(TOKENS_KEY, JSON.stringify(tokens)),
  clear: () => SecureStore.deleteItemAsync(TOKENS_KEY),
};
