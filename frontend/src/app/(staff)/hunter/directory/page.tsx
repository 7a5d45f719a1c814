import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { DirectoryPage } from "@/modules/hunter/directory/directory-page";

export const generateMetadata = titled((t) => t.hunter.directory.title);

export default function Page() {
  return (
    <RequirePermission permission="hunter:read">
      <DirectoryPage />
    </RequirePermission>
  );
}
