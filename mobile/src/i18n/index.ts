import { useCallback } from 'react';

import { type Locale, useLocaleStore } from './locale';
import { en } from './messages/en';
import { type MessageKey, ptBR } from './messages/pt-BR';

export type { Locale } from './locale';
export type { MessageKey } from './messages/pt-BR';

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { 'pt-BR': ptBR, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translate(locale: Locale, ...[key, values]: Parameters<Translate>): string {
  return MESSAGES[locale][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    values && name in values ? String(values[name]) : match,
  );
}

/** `t` in the chosen language. */
export function useT(): Translate {
  const locale = useLocaleStore((s) => s.locale);
  return useCallback((key, values) => translate(locale, key, values), [locale]);
}

export function useLocale(): Locale {
  return useLocaleStore((s) => s.locale);
}
