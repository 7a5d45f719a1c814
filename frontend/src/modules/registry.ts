import { HandshakeIcon, HouseIcon, RadarIcon, SendIcon, type LucideIcon } from "lucide-react";

import { can } from "@/auth/permissions";
import type { SessionUser } from "@/auth/session";
import type { Dictionary } from "@/i18n/dictionary";

import { adminCommands, adminEntries } from "./admin/navigation";
import { agentEntries } from "./agents/navigation";
import { crmCommands, crmEntries } from "./crm/navigation";
import { hunterCommands, hunterEntries } from "./hunter/navigation";
import type { NavEntry, PaletteCommand } from "./navigation";
import { sdrCommands, sdrEntries } from "./sdr/navigation";

export type BusinessModule = keyof Dictionary["modules"];

interface ModuleScreen {
  module: BusinessModule;
  href: string;
  icon: LucideIcon;
}

/**
 * The business modules whose screens exist, in sidebar order. A module's first screen adds one
 * line here, e.g. `{ module: "crm", href: "/crm", icon: HandshakeIcon }`, and then shows to
 * everyone holding `crm:read`.
 */
const moduleScreens: ModuleScreen[] = [
  { module: "hunter", href: "/hunter/leads", icon: RadarIcon },
  { module: "sdr", href: "/sdr/campaigns", icon: SendIcon },
  { module: "crm", href: "/crm/deals", icon: HandshakeIcon },
];

/** Commands the business modules add to the palette (next to their screens above). */
const moduleCommands: PaletteCommand[] = [...hunterEntries, ...hunterCommands, ...sdrEntries, ...sdrCommands, ...crmEntries, ...crmCommands];

const homeEntry: NavEntry = { id: "home", href: "/", icon: HouseIcon, label: (t) => t.shell.home, permission: null };

const moduleEntries: NavEntry[] = moduleScreens.map(({ module, href, icon }) => ({
  id: module,
  href,
  icon,
  label: (t) => t.modules[module],
  permission: `${module}:read`,
}));

export interface NavSection {
  id: "main" | "modules" | "agents" | "admin";
  title: ((t: Dictionary) => string) | null;
  entries: NavEntry[];
}

const sections: NavSection[] = [
  { id: "main", title: null, entries: [homeEntry] },
  { id: "modules", title: (t) => t.shell.modulesSection, entries: moduleEntries },
  { id: "agents", title: (t) => t.agents.section, entries: agentEntries },
  { id: "admin", title: (t) => t.shell.adminSection, entries: adminEntries },
];

/** The sidebar for this user: entries they may open, empty sections left out. */
export function navigationFor(user: SessionUser): NavSection[] {
  return sections
    .map((section) => ({ ...section, entries: section.entries.filter((entry) => can(user, entry.permission)) }))
    .filter((section) => section.entries.length > 0);
}

/** The palette's actions for this user. */
export function commandsFor(user: SessionUser): PaletteCommand[] {
  return [...moduleCommands, ...adminCommands].filter((command) => can(user, command.permission));
}
