import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { DealsBoardPage } from "@/modules/crm/deals/board/deals-board-page";

export const generateMetadata = titled((t) => t.crm.deals.title);

export default function Page() {
  return (
    <RequirePermission permission="crm:read">
      <DealsBoardPage />
    </RequirePermission>
  );
}
