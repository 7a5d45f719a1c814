/**
 * Brazilian identifiers as people type and read them: the CNPJ mask, phones in E.164 shown
 * the Brazilian way, and the tap-to-call and WhatsApp links. The backend validates and
 * normalises (a CNPJ is stored as 14 digits, a phone as E.164); these only format.
 */

export function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/** `12345678000195` (or a partial, as typed) -> `12.345.678/0001-95`. */
export function formatCnpj(value: string): string {
  const d = digitsOf(value).slice(0, 14);
  const parts: [number, number, string][] = [[0, 2, ""], [2, 5, "."], [5, 8, "."], [8, 12, "/"], [12, 14, "-"]];
  return parts
    .filter(([start]) => d.length > start)
    .map(([start, end, separator]) => `${start === 0 ? "" : separator}${d.slice(start, end)}`)
    .join("");
}

/** `+5511987654321` -> `+55 (11) 98765-4321`; other countries as stored. */
export function formatPhone(number: string): string {
  const d = digitsOf(number);
  if (d.startsWith("55") && (d.length === 12 || d.length === 13)) {
    const area = d.slice(2, 4);
    const local = d.slice(4);
    const split = local.length - 4;
    return `+55 (${area}) ${local.slice(0, split)}-${local.slice(split)}`;
  }
  return number;
}

/** A `tel:` link dialling the number as stored (E.164). */
export function telHref(number: string): string {
  return `tel:+${digitsOf(number)}`;
}

/** The WhatsApp chat with this number: `https://wa.me/<country code and number, digits only>`. */
export function whatsappHref(number: string): string {
  return `https://wa.me/${digitsOf(number)}`;
}

/** A website as a link target (the backend stores them with their scheme, imports may not). */
export function websiteHref(website: string): string {
  return /^https?:\/\//i.test(website) ? website : `https://${website}`;
}

/** The 27 federative units, for a state picker. */
export const BRAZIL_STATES = [
  "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
  "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
] as const;
