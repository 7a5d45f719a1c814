"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

import { setPreferenceCookie } from "@/lib/cookies";

import { dictionaryFor, type Dictionary } from "./dictionary";
import { LOCALE_COOKIE, type Locale } from "./locales";

interface I18n {
  locale: Locale;
  t: Dictionary;
  setLocale: (locale: Locale) => void;
}

const I18nContext = createContext<I18n | null>(null);

/** The interface language, chosen once and kept in a cookie so the server renders it too. */
export function I18nProvider({ initialLocale, children }: { initialLocale: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setPreferenceCookie(LOCALE_COOKIE, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, t: dictionaryFor(locale), setLocale }), [locale, setLocale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n outside I18nProvider");
  return i18n;
}

/** The current language's dictionary. */
export function useT(): Dictionary {
  return useI18n().t;
}
