"use client";

import type { ReactNode } from "react";

import type { Dictionary } from "@/i18n/dictionary";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatCnpj, formatPhone, websiteHref } from "@/lib/br-identifiers";

import { formatCnae, sourceLabel } from "../format";
import type { Lead } from "./queries";

interface Trail {
  source?: string;
  at?: string;
}

/** The fields with provenance, in the order a reviewer reads a company. */
const FACTS = ["cnpj", "legal_name", "industry", "cnae", "size", "employees", "city", "state", "website", "domain", "phones", "emails", "linkedin_url", "social_links", "description"] as const;
type Fact = (typeof FACTS)[number];

function external(href: string, text: string) {
  return <a href={href} target="_blank" rel="noreferrer" className="break-all text-primary hover:underline">{text}</a>;
}

function valueOf(lead: Lead, fact: Fact, t: Dictionary): ReactNode {
  switch (fact) {
    case "cnpj": return lead.cnpj && <span className="font-mono text-xs">{formatCnpj(lead.cnpj)}</span>;
    case "cnae": return lead.cnae && `${formatCnae(lead.cnae)}`;
    case "size": return lead.size && (t.hunter.common.sizes[lead.size] ?? lead.size);
    case "employees": return lead.employees !== null && String(lead.employees);
    case "website": return lead.website && external(websiteHref(lead.website), lead.website);
    case "linkedin_url": return lead.linkedin_url && external(lead.linkedin_url, lead.linkedin_url.replace(/^https?:\/\/(www\.)?/, ""));
    case "phones": return lead.phones.length > 0 && <span className="grid">{lead.phones.map((p) => <a key={p} href={`tel:${p}`} className="hover:underline">{formatPhone(p)}</a>)}</span>;
    case "emails": return lead.emails.length > 0 && <span className="grid">{lead.emails.map((e) => <a key={e} href={`mailto:${e}`} className="break-all hover:underline">{e}</a>)}</span>;
    case "social_links": return lead.social_links.length > 0 && <span className="grid">{lead.social_links.map((url) => <span key={url}>{external(url, url.replace(/^https?:\/\/(www\.)?/, ""))}</span>)}</span>;
    default: return lead[fact];
  }
}

/** What is known about the company, each field with where it came from and when. */
export function LeadFacts({ lead }: { lead: Lead }) {
  const t = useT();
  const labels = t.hunter.leads.detail;
  const provenance = lead.provenance as Record<string, Trail | undefined>;
  const rows = FACTS.map((fact) => ({ fact, value: valueOf(lead, fact, t), trail: provenance[fact] })).filter((row) => row.value);
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm" aria-label={labels.facts}>
        <thead className="bg-muted/50 text-xs text-muted-foreground">
          <tr className="border-b">
            <th scope="col" className="px-3 py-2 text-left font-medium">{labels.field}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{labels.value}</th>
            <th scope="col" className="px-3 py-2 text-left font-medium">{labels.provenance}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ fact, value, trail }) => (
            <tr key={fact} className="border-b align-top last:border-0" data-testid={`fact-${fact}`}>
              <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap text-muted-foreground">{labels.fields[fact]}</th>
              <td className="px-3 py-2">{value}</td>
              <td className="px-3 py-2 text-xs">
                {trail?.source ? (
                  <>
                    <span className="font-medium">{sourceLabel(trail.source, t)}</span>
                    {trail.at && <span className="block text-muted-foreground">{formatDateTime(trail.at)}</span>}
                  </>
                ) : (
                  <span className="text-muted-foreground">{t.app.none}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface Person {
  name?: string;
  role?: string;
  email?: string;
  phone?: string;
  linkedin_url?: string;
}

/** The people a source found at the company. */
export function LeadContacts({ lead }: { lead: Lead }) {
  const labels = useT().hunter.leads.detail;
  const people = lead.contacts as Person[];
  if (people.length === 0) return <p className="text-sm text-muted-foreground">{labels.noContacts}</p>;
  return (
    <ul className="grid gap-2" aria-label={labels.contacts}>
      {people.map((person, index) => (
        <li key={index} className="grid gap-0.5 rounded-md border p-2.5 text-sm">
          <span className="font-medium">{person.name ?? labels.unnamed}{person.role && <span className="font-normal text-muted-foreground"> · {person.role}</span>}</span>
          {person.email && <a href={`mailto:${person.email}`} className="break-all text-primary hover:underline">{person.email}</a>}
          {person.phone && <a href={`tel:${person.phone}`} className="hover:underline">{formatPhone(person.phone)}</a>}
          {person.linkedin_url && external(person.linkedin_url, labels.linkedin)}
        </li>
      ))}
    </ul>
  );
}
