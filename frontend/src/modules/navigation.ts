import type { LucideIcon } from "lucide-react";

import type { Permission } from "@/auth/permissions";
import type { Dictionary } from "@/i18n/dictionary";

/** A screen the sidebar and the command palette can take you to. */
export interface NavEntry {
  id: string;
  href: string;
  icon: LucideIcon;
  label: (t: Dictionary) => string;
  /** Needed to see the entry; null: everyone signed in. */
  permission: Permission | null;
  /** Extra words the command palette matches. */
  keywords?: string[];
}

/** Something the command palette does besides opening a screen, such as "New API key". */
export type PaletteCommand = NavEntry;
