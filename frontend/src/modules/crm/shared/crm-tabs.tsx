"use client";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { NavTabs } from "@/components/nav-tabs";
import { useT } from "@/i18n/i18n-provider";

import { crmEntries } from "../navigation";

/** The tabs across the CRM's screens (the ones this user may open), on every CRM page. */
export function CrmTabs() {
  const user = useCurrentUser();
  const t = useT();
  const tabs = crmEntries
    .filter((entry) => can(user, entry.permission))
    .map((entry) => ({ id: entry.id, href: entry.href, label: entry.label(t), icon: entry.icon }));
  if (tabs.length === 0) return null;
  return <NavTabs label={t.crm.shared.tabsLabel} tabs={tabs} />;
}
