import { BuildingIcon, ContactIcon, HandshakeIcon, KanbanSquareIcon, PlusIcon, UploadIcon } from "lucide-react";

import type { NavEntry, PaletteCommand } from "../navigation";

/** The CRM's screens, shown as tabs on every CRM page and offered by the command palette. */
export const crmEntries: NavEntry[] = [
  { id: "crm-deals", href: "/crm/deals", icon: HandshakeIcon, label: (t) => t.crm.deals.title, permission: "crm:read", keywords: ["kanban", "funil", "pipeline"] },
  { id: "crm-companies", href: "/crm/companies", icon: BuildingIcon, label: (t) => t.crm.records.companiesTitle, permission: "crm:read", keywords: ["cnpj", "clientes"] },
  { id: "crm-contacts", href: "/crm/contacts", icon: ContactIcon, label: (t) => t.crm.records.contactsTitle, permission: "crm:read", keywords: ["pessoas", "people"] },
  { id: "crm-pipelines", href: "/crm/pipelines", icon: KanbanSquareIcon, label: (t) => t.crm.deals.pipelinesTitle, permission: "crm:read", keywords: ["etapas", "stages", "funil"] },
  { id: "crm-import", href: "/crm/import", icon: UploadIcon, label: (t) => t.crm.records.importTitle, permission: "crm:write", keywords: ["csv", "planilha"] },
];

/** `?new=1` opens the page's create dialog. */
export const crmCommands: PaletteCommand[] = [
  { id: "crm-new-deal", href: "/crm/deals?new=1", icon: PlusIcon, label: (t) => t.crm.deals.newDeal, permission: "crm:write" },
  { id: "crm-new-company", href: "/crm/companies?new=1", icon: BuildingIcon, label: (t) => t.crm.records.newCompany, permission: "crm:write", keywords: ["cnpj", "cliente"] },
  { id: "crm-new-contact", href: "/crm/contacts?new=1", icon: ContactIcon, label: (t) => t.crm.records.newContact, permission: "crm:write", keywords: ["pessoa", "person"] },
];
