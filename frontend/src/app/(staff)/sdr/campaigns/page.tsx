import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { CampaignsPage } from "@/modules/sdr/campaigns/campaigns-page";

export const generateMetadata = titled((t) => t.sdr.campaigns.title);

export default function Page() {
  return (
    <RequirePermission permission="sdr:read">
      <CampaignsPage />
    </RequirePermission>
  );
}
