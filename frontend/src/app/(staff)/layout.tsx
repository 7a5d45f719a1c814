import type { ReactNode } from "react";

import { RequireSession } from "@/auth/require-session";
import { AppShell } from "@/components/shell/app-shell";
import { RealtimeProvider } from "@/realtime/realtime-provider";

export default function StaffLayout({ children }: { children: ReactNode }) {
  return (
    <RequireSession audience="staff">
      <RealtimeProvider>
        <AppShell>{children}</AppShell>
      </RealtimeProvider>
    </RequireSession>
  );
}
