"use client";

import { useT } from "@/i18n/i18n-provider";

import { ModuleTabs } from "../module-tabs";
import { hunterEntries } from "./navigation";

/** The tabs across the hunter's screens, on every hunter page. */
export function HunterTabs() {
  return <ModuleTabs entries={hunterEntries} label={useT().hunter.common.tabsLabel} />;
}
