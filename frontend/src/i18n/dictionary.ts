import { en } from "./dictionaries/en";
import { ptBR } from "./dictionaries/pt-BR";
import type { Locale } from "./locales";

/** The shape every language's dictionary has: pt-BR's. */
export type Dictionary = typeof ptBR;

const dictionaries: Record<Locale, Dictionary> = { "pt-BR": ptBR, en };

export function dictionaryFor(locale: Locale): Dictionary {
  return dictionaries[locale];
}
