import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { ImportPage } from "@/modules/crm/records/import/import-page";

export const generateMetadata = titled((t) => t.crm.records.importTitle);

export default function Page() {
  return (
    <RequirePermission permission="crm:write">
      <ImportPage />
    </RequirePermission>
  );
}
