import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { DealPage } from "@/modules/crm/deals/detail/deal-page";

export const generateMetadata = titled((t) => t.crm.deals.dealTitle);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="crm:read">
      <DealPage dealId={id} />
    </RequirePermission>
  );
}
