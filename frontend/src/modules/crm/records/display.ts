/** How records are named and summarised on screen. */
import type { Company, Contact } from "./queries";

export function companyName(company: Pick<Company, "legal_name" | "trade_name">): string {
  return company.trade_name || company.legal_name;
}

/** "São Paulo/SP" from a company's address. */
export function cityOf(address: Record<string, unknown>): string {
  return [address.city, address.state].filter((part) => typeof part === "string" && part).join("/");
}

/** The contact's primary e-mail (or the first one). */
export function primaryEmail(contact: Pick<Contact, "emails">): string | null {
  const email = contact.emails.find((e) => e.primary === true) ?? contact.emails[0];
  return email ? String(email.address) : null;
}
