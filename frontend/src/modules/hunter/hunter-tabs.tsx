"use client";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { NavTabs } from "@/components/nav-tabs";
import { useT } from "@/i18n/i18n-provider";

import { hunterEntries } from "./navigation";

/** The tabs across the hunter's screens (the ones this user may open), on every hunter page. */
export function HunterTabs() {
  const user = useCurrentUser();
  const t = useT();
  const tabs = hunterEntries
    .filter((entry) => can(user, entry.permission))
    .map((entry) => ({ id: entry.id, href: entry.href, label: entry.label(t), icon: entry.icon }));
  if (tabs.length === 0) return null;
  return <NavTabs label={t.hunter.common.tabsLabel} tabs={tabs} />;
}
