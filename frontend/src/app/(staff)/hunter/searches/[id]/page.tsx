import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { SearchPage } from "@/modules/hunter/searches/search-page";

export const generateMetadata = titled((t) => t.hunter.searches.title);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="hunter:read">
      <SearchPage searchId={id} />
    </RequirePermission>
  );
}
