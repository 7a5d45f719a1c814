import { DatabaseIcon, ListChecksIcon, PlusIcon, RadarIcon, TargetIcon, UploadIcon } from "lucide-react";

import type { NavEntry, PaletteCommand } from "../navigation";

/** The hunter's screens, shown as tabs on every hunter page and offered by the command palette. */
export const hunterEntries: NavEntry[] = [
  { id: "hunter-leads", href: "/hunter/leads", icon: ListChecksIcon, label: (t) => t.hunter.leads.title, permission: "hunter:read", keywords: ["prospecção", "prospects", "revisão", "score"] },
  { id: "hunter-searches", href: "/hunter/searches", icon: RadarIcon, label: (t) => t.hunter.searches.title, permission: "hunter:read", keywords: ["prospecção", "busca", "search"] },
  { id: "hunter-icps", href: "/hunter/icps", icon: TargetIcon, label: (t) => t.hunter.icps.title, permission: "hunter:read", keywords: ["icp", "perfil", "cliente ideal", "ideal customer"] },
  { id: "hunter-directory", href: "/hunter/directory", icon: DatabaseIcon, label: (t) => t.hunter.directory.title, permission: "hunter:read", keywords: ["csv", "lista", "diretório", "empresas"] },
];

/** Actions: a new search (the launcher), a new ICP, a list upload. */
export const hunterCommands: PaletteCommand[] = [
  { id: "hunter-new-search", href: "/hunter/searches/new", icon: RadarIcon, label: (t) => t.hunter.common.newSearch, permission: "hunter:write", keywords: ["prospectar", "buscar leads", "find leads"] },
  { id: "hunter-new-icp", href: "/hunter/icps/new", icon: PlusIcon, label: (t) => t.hunter.common.newIcp, permission: "hunter:write", keywords: ["icp", "perfil", "profile"] },
  { id: "hunter-upload-list", href: "/hunter/directory", icon: UploadIcon, label: (t) => t.hunter.common.uploadList, permission: "hunter:write", keywords: ["csv", "importar", "import"] },
];
