import AsyncStorage from '@react-native-async-storage/async-storage';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type Locale = 'pt-BR' | 'en';

export const LOCALES: { locale: Locale; label: string }[] = [
  { locale: 'pt-BR', label: 'Português (Brasil)' },
  { locale: 'en', label: 'English' },
];

type LocaleState = { locale: Locale; setLocale(locale: Locale): void };

/** The chosen language, kept on the device; pt-BR until someone picks English. */
export const useLocaleStore = create<LocaleState>()(
  persist((set) => ({ locale: 'pt-BR', setLocale: (locale) => set({ locale }) }), {
    name: 'somos.locale',
    storage: createJSONStorage(() => AsyncStorage),
  }),
);
