import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { NewCampaignPage } from "@/modules/sdr/campaigns/new-campaign-page";

export const generateMetadata = titled((t) => t.sdr.campaigns.new.title);

export default function Page() {
  return (
    <RequirePermission permission="sdr:write">
      <NewCampaignPage />
    </RequirePermission>
  );
}
