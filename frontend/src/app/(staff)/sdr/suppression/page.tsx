import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { SuppressionPage } from "@/modules/sdr/suppression/suppression-page";

export const generateMetadata = titled((t) => t.sdr.suppression.title);

export default function Page() {
  return (
    <RequirePermission permission="sdr:read">
      <SuppressionPage />
    </RequirePermission>
  );
}
