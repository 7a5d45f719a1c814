import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { ApprovalsPage } from "@/modules/sdr/approvals/approvals-page";

export const generateMetadata = titled((t) => t.sdr.approvals.title);

export default function Page() {
  return (
    <RequirePermission permission="sdr:read">
      <ApprovalsPage />
    </RequirePermission>
  );
}
