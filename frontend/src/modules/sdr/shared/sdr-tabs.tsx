"use client";

import { useT } from "@/i18n/i18n-provider";

import { ModuleTabs } from "../../module-tabs";
import { sdrEntries } from "../navigation";

/** The tabs across the SDR's screens, on every SDR page. */
export function SdrTabs() {
  return <ModuleTabs entries={sdrEntries} label={useT().sdr.shared.tabsLabel} />;
}
