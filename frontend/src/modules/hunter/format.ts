/**
 * How the hunter writes what it shows: costs in US dollars (what the sources and models
 * charge), CNAE subclasses, where a field came from, and the 27 UFs by region (CNPJ, phone
 * and website formatting are in `@/lib/br-identifiers`, shared with the CRM).
 */
import type { Dictionary } from "@/i18n/dictionary";

const usd = new Intl.NumberFormat("pt-BR", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** `"0.012300"` -> `US$ 0,0123` (costs are small: up to four decimals). */
export function formatUsd(amount: string | number): string {
  return usd.format(Number(amount));
}

/** `7311400` -> `7311-4/00`, the way the Receita writes a CNAE subclass. */
export function formatCnae(value: string): string {
  const d = value.replace(/\D/g, "");
  return d.length === 7 ? `${d.slice(0, 4)}-${d.slice(4, 5)}/${d.slice(5)}` : value;
}

/** The 27 federative units, by region (for the UF picker's shortcuts). */
export const REGIONS = {
  norte: ["AC", "AP", "AM", "PA", "RO", "RR", "TO"],
  nordeste: ["AL", "BA", "CE", "MA", "PB", "PE", "PI", "RN", "SE"],
  centroOeste: ["DF", "GO", "MT", "MS"],
  sudeste: ["ES", "MG", "RJ", "SP"],
  sul: ["PR", "RS", "SC"],
} as const;

export type Region = keyof typeof REGIONS;

/**
 * Where a lead (or one of its fields) came from, in words: `directory:demo`, `directory:<list>`,
 * `web`, `serpapi:google_maps`, `cnpj_data` (open CNPJ data), `reviewer` (a person's correction).
 */
export function sourceLabel(source: string, t: Dictionary): string {
  const labels = t.hunter.common.sources;
  if (source === "directory:demo") return labels.demo;
  if (source === "directory") return labels.directory;
  if (source.startsWith("directory:")) return labels.list(source.slice("directory:".length));
  if (source === "serpapi:google_maps") return labels.googleMaps;
  if (source === "serpapi:google") return labels.google;
  if (source === "web") return labels.web;
  if (source === "cnpj_data") return labels.cnpjData;
  if (source === "reviewer") return labels.reviewer;
  return source;
}
