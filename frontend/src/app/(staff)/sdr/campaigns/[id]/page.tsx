import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { CampaignPage } from "@/modules/sdr/campaigns/campaign-page";

export const generateMetadata = titled((t) => t.sdr.campaigns.title);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="sdr:read">
      <CampaignPage campaignId={id} />
    </RequirePermission>
  );
}
