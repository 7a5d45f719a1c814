"use client";

import { MessageCircleIcon, PhoneIcon } from "lucide-react";

import { useT } from "@/i18n/i18n-provider";
import { formatPhone, telHref, whatsappHref } from "@/lib/br-identifiers";

/**
 * Phones as tap-to-call links, and a WhatsApp chat link for the numbers that have it
 * (`whatsapp={false}`: none, for a contact who opted out).
 */
export function PhoneLinks({ phones, whatsapp = true }: { phones: Record<string, unknown>[]; whatsapp?: boolean }) {
  const t = useT();
  const labels = t.crm.records.detail;
  return (
    <ul className="grid gap-1">
      {phones.map((phone) => {
        const number = String(phone.number);
        const shown = formatPhone(number);
        return (
          <li key={number} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <a href={telHref(number)} className="inline-flex items-center gap-1 text-primary hover:underline" aria-label={labels.call(shown)}>
              <PhoneIcon className="size-3.5" aria-hidden />
              {shown}
            </a>
            {typeof phone.label === "string" && phone.label && <span className="text-xs text-muted-foreground">{phone.label}</span>}
            {whatsapp && phone.whatsapp === true && (
              <a href={whatsappHref(number)} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 text-xs font-medium text-success hover:underline" aria-label={labels.whatsapp(shown)}>
                <MessageCircleIcon className="size-3.5" aria-hidden />
                WhatsApp
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

