import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { NewIcpPage } from "@/modules/hunter/icps/new-icp-page";

export const generateMetadata = titled((t) => t.hunter.icps.form.newTitle);

export default function Page() {
  return (
    <RequirePermission permission="hunter:write">
      <NewIcpPage />
    </RequirePermission>
  );
}
