import type { ReactNode } from "react";

import { RequireSession } from "@/auth/require-session";
import { RealtimeProvider } from "@/realtime/realtime-provider";
import { PortalShell } from "@/screens/portal/portal-shell";

export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <RequireSession audience="client">
      <RealtimeProvider>
        <PortalShell>{children}</PortalShell>
      </RealtimeProvider>
    </RequireSession>
  );
}
