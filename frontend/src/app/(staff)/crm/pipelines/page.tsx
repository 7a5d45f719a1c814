import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { PipelinesPage } from "@/modules/crm/deals/pipelines/pipelines-page";

export const generateMetadata = titled((t) => t.crm.deals.pipelinesTitle);

export default function Page() {
  return (
    <RequirePermission permission="crm:read">
      <PipelinesPage />
    </RequirePermission>
  );
}
