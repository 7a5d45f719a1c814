import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { LeadsPage } from "@/modules/hunter/leads/leads-page";

export const generateMetadata = titled((t) => t.hunter.leads.title);

export default function Page() {
  return (
    <RequirePermission permission="hunter:read">
      <LeadsPage />
    </RequirePermission>
  );
}
