import type { ReactNode } from "react";

import { CrmTabs } from "@/modules/crm/shared/crm-tabs";

/** Every CRM screen: the tabs across them, then the page (which checks its own permission). */
export default function CrmLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <CrmTabs />
      {children}
    </>
  );
}
