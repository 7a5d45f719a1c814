/** How records are named and summarised on screen. */
import type { components } from "@/api/schema";

import type { Company, Contact } from "./queries";

type LeadSource = components["schemas"]["LeadSource"];

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

/** A record looked up by id, by name: "…" while it loads, `none` when the user may not see it. */
export function lookedUpName<T>(record: T | null | undefined, name: (record: T) => string, none: string): string {
  if (record === undefined) return "…";
  return record === null ? none : name(record);
}

/** Where contacts and deals come from, in the order a picker offers them. */
export const LEAD_SOURCES: LeadSource[] = ["manual", "referral", "event", "website", "hunter", "sdr", "import", "other"];
