"use client";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { NavTabs } from "@/components/nav-tabs";
import { useT } from "@/i18n/i18n-provider";

import type { NavEntry } from "./navigation";

/** The tabs across one module's screens (the ones this user may open), on every page of the module. */
export function ModuleTabs({ entries, label }: { entries: NavEntry[]; label: string }) {
  const user = useCurrentUser();
  const t = useT();
  const tabs = entries
    .filter((entry) => can(user, entry.permission))
    .map((entry) => ({ id: entry.id, href: entry.href, label: entry.label(t), icon: entry.icon }));
  if (tabs.length === 0) return null;
  return <NavTabs label={label} tabs={tabs} />;
}
