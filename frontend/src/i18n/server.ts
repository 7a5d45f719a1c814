import "server-only";

import type { Metadata } from "next";
import { cookies } from "next/headers";

import { dictionaryFor, type Dictionary } from "./dictionary";
import { LOCALE_COOKIE, toLocale, type Locale } from "./locales";

export async function requestLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

/** `export const generateMetadata = titled((t) => t.admin.users.title)` for a localized page title. */
export function titled(pick: (t: Dictionary) => string): () => Promise<Metadata> {
  return async () => ({ title: pick(dictionaryFor(await requestLocale())) });
}
