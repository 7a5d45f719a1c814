import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { ApprovalsPage } from "@/modules/agents/approvals-page";

export const generateMetadata = titled((t) => t.agents.approvals.title);

export default function Page() {
  return (
    <RequirePermission permission="agents:read">
      <ApprovalsPage />
    </RequirePermission>
  );
}
