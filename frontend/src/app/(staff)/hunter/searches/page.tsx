import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { SearchesPage } from "@/modules/hunter/searches/searches-page";

export const generateMetadata = titled((t) => t.hunter.searches.title);

export default function Page() {
  return (
    <RequirePermission permission="hunter:read">
      <SearchesPage />
    </RequirePermission>
  );
}
