import {
  KeyRoundIcon,
  MailPlusIcon,
  PlugZapIcon,
  ScrollTextIcon,
  UserPlusIcon,
  UsersIcon,
} from "lucide-react";

import type { NavEntry, PaletteCommand } from "../navigation";

export const adminEntries: NavEntry[] = [
  { id: "admin-users", href: "/admin/users", icon: UsersIcon, label: (t) => t.admin.users.title, permission: "admin:read", keywords: ["roles", "perfis"] },
  { id: "admin-invitations", href: "/admin/invitations", icon: MailPlusIcon, label: (t) => t.admin.invitations.title, permission: "admin:read", keywords: ["portal", "convite"] },
  { id: "admin-api-keys", href: "/admin/api-keys", icon: KeyRoundIcon, label: (t) => t.admin.apiKeys.title, permission: "admin:read", keywords: ["token", "agentes"] },
  { id: "admin-audit", href: "/admin/audit", icon: ScrollTextIcon, label: (t) => t.admin.audit.title, permission: "audit:read", keywords: ["log", "histórico"] },
  { id: "admin-integrations", href: "/admin/integrations", icon: PlugZapIcon, label: (t) => t.admin.integrations.title, permission: "admin:read", keywords: ["sandbox", "whatsapp", "e-mail"] },
];

/** `?new=1` opens the page's create dialog. */
export const adminCommands: PaletteCommand[] = [
  { id: "admin-new-user", href: "/admin/users?new=1", icon: UserPlusIcon, label: (t) => t.admin.users.create, permission: "admin:write" },
  { id: "admin-new-invitation", href: "/admin/invitations?new=1", icon: MailPlusIcon, label: (t) => t.admin.invitations.createTitle, permission: "admin:write" },
  { id: "admin-new-api-key", href: "/admin/api-keys?new=1", icon: KeyRoundIcon, label: (t) => t.admin.apiKeys.createTitle, permission: "admin:write" },
];
