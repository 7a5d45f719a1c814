import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { SearchPage } from "@/modules/crm/records/search/search-page";

export const generateMetadata = titled((t) => t.crm.records.searchTitle);

export default function Page() {
  return (
    <RequirePermission permission="crm:read">
      <SearchPage />
    </RequirePermission>
  );
}
