import { create } from 'zustand';

import { tokenStorage } from './tokenStorage';
import type { Tokens } from './tokens';

/** Why the last session ended; the login screen explains it. */
export type SignOutReason = 'user' | 'expired';

type SessionState = {
  status: 'loading' | 'signedOut' | 'signedIn';
  tokens: Tokens | null;
  signOutReason: SignOutReason | null;
  /** Reads the pair saved by the last run of the app. */
  hydrate(): Promise<void>;
  signIn(tokens: Tokens): Promise<void>;
  /** After a refresh: same session, new pair. */
  replaceTokens(tokens: Tokens): Promise<void>;
  signOut(reason: SignOutReason): Promise<void>;
};

export const useSession = create<SessionState>()((set) => ({
  status: 'loading',
  tokens: null,
  signOutReason: null,
  async hydrate() {
    const tokens = await tokenStorage.load();
    set({ tokens, status: tokens ? 'signedIn' : 'signedOut' });
  },
  async signIn(tokens) {
    set({ tokens, status: 'signedIn', signOutReason: null });
    await tokenStorage.save(tokens);
  },
  async replaceTokens(tokens) {
    set({ tokens });
    await tokenStorage.save(tokens);
  },
  async signOut(reason) {
    set({ tokens: null, status: 'signedOut', signOutReason: reason });
    await tokenStorage.clear();
  },
}));
