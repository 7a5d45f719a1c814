import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { IntegrationsPage } from "@/modules/integrations/integrations-page";

export const generateMetadata = titled((t) => t.admin.integrations.title);

export default function Page() {
  return (
    <RequirePermission permission="admin:read">
      <IntegrationsPage />
    </RequirePermission>
  );
}
