/**
 * Money as the API carries it (a decimal string, "48000.00") and as people type it
 * ("48.000,00", "48000", "R$ 1.200,50"). Sums go through whole cents, never floats.
 */

export function toCents(value: string | number): number {
  return Math.round(Number(value) * 100);
}

export function fromCents(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** The value weighted by a probability (0-100), in cents. */
export function weightedCents(value: string | number, probability: number): number {
  return Math.round((toCents(value) * probability) / 100);
}

/**
 * What someone typed as an amount in reais, as the API's decimal string; null when it is not
 * an amount. A comma is the decimal mark (Brazilian style); dots then group thousands. Without
 * a comma, a dot followed by exactly three digits groups thousands too ("48.000"), otherwise it
 * is the decimal mark ("48000.5").
 */
export function parseMoney(input: string): string | null {
  let text = input.replace(/R\$|\s/g, "");
  if (text === "") return null;
  if (text.includes(",")) text = text.replace(/\./g, "").replace(",", ".");
  else if (/^\d{1,3}(\.\d{3})+$/.test(text)) text = text.replace(/\./g, "");
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  return Number(text).toFixed(2);
}

/** "48000.00" as a person edits it: "48000,00". */
export function moneyInput(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  return Number(value).toFixed(2).replace(".", ",");
}
