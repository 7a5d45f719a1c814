import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { NewSearchPage } from "@/modules/hunter/searches/new-search-page";

export const generateMetadata = titled((t) => t.hunter.common.newSearch);

export default function Page() {
  return (
    <RequirePermission permission="hunter:write">
      <NewSearchPage />
    </RequirePermission>
  );
}
