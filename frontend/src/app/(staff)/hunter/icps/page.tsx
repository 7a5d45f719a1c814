import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { IcpsPage } from "@/modules/hunter/icps/icps-page";

export const generateMetadata = titled((t) => t.hunter.icps.title);

export default function Page() {
  return (
    <RequirePermission permission="hunter:read">
      <IcpsPage />
    </RequirePermission>
  );
}
