import AsyncStorage from '@react-native-async-storage/async-storage';
import { fireEvent, renderRouter, screen } from 'expo-router/testing-library';

import { useLocaleStore } from '@/i18n/locale';
import { useSession } from '@/session/store';

import { json } from './fakeApi';
import { tokenPair } from './backend';

/** Every test starts on a fresh phone: no session, no cache, pt-BR. */
export async function freshPhone() {
  useSession.setState({ status: 'loading', tokens: null, signOutReason: null });
  useLocaleStore.setState({ locale: 'pt-BR' });
  await AsyncStorage.clear();
}

/** The real app, from its root layout, on the login screen. */
export async function openApp() {
  renderRouter('./src/app', { initialUrl: '/' });
  return screen.findByRole('button', { name: 'Entrar' });
}

export function typeCredentials(email: string, password: string) {
  fireEvent.changeText(screen.getByLabelText('E-mail'), email);
  fireEvent.changeText(screen.getByLabelText('Senha'), password);
  fireEvent.press(screen.getByRole('button', { name: 'Entrar' }));
}

/** The login route answering with the first token pair. */
export const loginOk = (): Response => json(200, tokenPair(1));
