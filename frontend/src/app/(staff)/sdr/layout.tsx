import type { ReactNode } from "react";

import { SdrTabs } from "@/modules/sdr/shared/sdr-tabs";

/** Every SDR screen: the tabs across them, then the page (which checks its own permission). */
export default function SdrLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SdrTabs />
      {children}
    </>
  );
}
