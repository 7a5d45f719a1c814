import type { Schema } from '@/api/client';

/** A contact's phone as the API stores it (E.164, `+5511987654321`). */
export type Phone = { number: string; label: string | null; whatsapp: boolean };
export type Email = { address: string; label: string | null; primary: boolean };

type Raw = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

/** The phones of a contact or company (typed loosely in the API: a list of objects). */
export function phonesOf(record: { phones: Raw[] }): Phone[] {
  return record.phones.flatMap((raw) => {
    const number = text(raw.number);
    return number ? [{ number, label: text(raw.label), whatsapp: raw.whatsapp === true }] : [];
  });
}

/** The e-mails of a contact, the primary one first. */
export function emailsOf(contact: Schema<'ContactRead'>): Email[] {
  const emails = contact.emails.flatMap((raw) => {
    const address = text(raw.address);
    return address ? [{ address, label: text(raw.label), primary: raw.primary === true }] : [];
  });
  return emails.sort((a, b) => Number(b.primary) - Number(a.primary));
}

/** "+55 11 98765-4321" for Brazilian numbers; others as stored. */
export function formatPhone(number: string): string {
  const br = /^\+55(\d{2})(\d{4,5})(\d{4})$/.exec(number);
  return br ? `+55 ${br[1]} ${br[2]}-${br[3]}` : number;
}

export const callUrl = (phone: Phone) => `tel:${phone.number.replace(/[^\d+]/g, '')}`;

/** wa.me takes the full international number, digits only. */
export const whatsappUrl = (phone: Phone) => `https://wa.me/${phone.number.replace(/\D/g, '')}`;

export const mailUrl = (email: Email) => `mailto:${email.address}`;
