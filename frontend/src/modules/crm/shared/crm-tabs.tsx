"use client";

import { useT } from "@/i18n/i18n-provider";

import { ModuleTabs } from "../../module-tabs";
import { crmEntries } from "../navigation";

/** The tabs across the CRM's screens, on every CRM page. */
export function CrmTabs() {
  return <ModuleTabs entries={crmEntries} label={useT().crm.shared.tabsLabel} />;
}
