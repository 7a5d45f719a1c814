import { BanIcon, InboxIcon, ListChecksIcon, MegaphoneIcon, PlusIcon, ShieldCheckIcon, WorkflowIcon } from "lucide-react";

import type { NavEntry, PaletteCommand } from "../navigation";

/** The SDR's screens, shown as tabs on every SDR page and offered by the command palette. */
export const sdrEntries: NavEntry[] = [
  { id: "sdr-campaigns", href: "/sdr/campaigns", icon: MegaphoneIcon, label: (t) => t.sdr.campaigns.title, permission: "sdr:read", keywords: ["sdr", "outreach", "funil", "cadência"] },
  { id: "sdr-approvals", href: "/sdr/approvals", icon: ShieldCheckIcon, label: (t) => t.sdr.approvals.title, permission: "sdr:read", keywords: ["aprovar", "rascunhos", "primeiro contato", "drafts"] },
  { id: "sdr-inbox", href: "/sdr/inbox", icon: InboxIcon, label: (t) => t.sdr.conversations.title, permission: "sdr:read", keywords: ["respostas", "replies", "inbox", "whatsapp"] },
  { id: "sdr-tasks", href: "/sdr/tasks", icon: ListChecksIcon, label: (t) => t.sdr.tasks.title, permission: "sdr:read", keywords: ["linkedin", "ligação", "call"] },
  { id: "sdr-cadences", href: "/sdr/cadences", icon: WorkflowIcon, label: (t) => t.sdr.cadences.title, permission: "sdr:read", keywords: ["sequência", "sequence", "passos"] },
  { id: "sdr-suppression", href: "/sdr/suppression", icon: BanIcon, label: (t) => t.sdr.suppression.title, permission: "sdr:read", keywords: ["opt-out", "lgpd", "bloqueio", "descadastro"] },
];

/** Actions: a new campaign, a new cadence, an address that must never be contacted. */
export const sdrCommands: PaletteCommand[] = [
  { id: "sdr-new-campaign", href: "/sdr/campaigns/new", icon: PlusIcon, label: (t) => t.sdr.campaigns.newCampaign, permission: "sdr:write", keywords: ["campanha", "outreach", "leads"] },
  { id: "sdr-new-cadence", href: "/sdr/cadences/new", icon: WorkflowIcon, label: (t) => t.sdr.cadences.newCadence, permission: "sdr:write", keywords: ["sequência", "sequence"] },
  { id: "sdr-add-suppression", href: "/sdr/suppression?new=1", icon: BanIcon, label: (t) => t.sdr.suppression.add, permission: "sdr:write", keywords: ["opt-out", "lgpd", "bloquear"] },
];
