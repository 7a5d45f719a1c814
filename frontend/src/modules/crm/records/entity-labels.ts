/** What the companies' and contacts' screens call their kind of record. */
import type { Dictionary } from "@/i18n/dictionary";

import type { RecordEntity } from "./queries";

export function entityLabels(t: Dictionary, entity: RecordEntity) {
  const labels = t.crm.records;
  return entity === "company"
    ? {
        title: labels.companiesTitle,
        subtitle: labels.companiesSubtitle,
        newRecord: labels.newCompany,
        edit: labels.form.editCompany,
        searchPlaceholder: labels.list.searchCompanies,
        empty: labels.list.emptyCompanies,
        back: labels.detail.backToCompanies,
        listHref: "/crm/companies",
      }
    : {
        title: labels.contactsTitle,
        subtitle: labels.contactsSubtitle,
        newRecord: labels.newContact,
        edit: labels.form.editContact,
        searchPlaceholder: labels.list.searchContacts,
        empty: labels.list.emptyContacts,
        back: labels.detail.backToContacts,
        listHref: "/crm/contacts",
      };
}

/** A record's page. */
export function recordHref(entity: RecordEntity, id: string): string {
  return `${entity === "company" ? "/crm/companies" : "/crm/contacts"}/${id}`;
}
