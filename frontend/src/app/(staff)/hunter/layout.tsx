import type { ReactNode } from "react";

import { HunterTabs } from "@/modules/hunter/hunter-tabs";

/** Every hunter screen: the tabs across them, then the page (which checks its own permission). */
export default function HunterLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <HunterTabs />
      {children}
    </>
  );
}
