import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { ApiKeysPage } from "@/modules/admin/api-keys/api-keys-page";

export const generateMetadata = titled((t) => t.admin.apiKeys.title);

export default function Page() {
  return (
    <RequirePermission permission="admin:read">
      <ApiKeysPage />
    </RequirePermission>
  );
}
