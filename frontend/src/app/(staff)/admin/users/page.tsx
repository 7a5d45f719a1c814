import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { UsersPage } from "@/modules/admin/users/users-page";

export const generateMetadata = titled((t) => t.admin.users.title);

export default function Page() {
  return (
    <RequirePermission permission="admin:read">
      <UsersPage />
    </RequirePermission>
  );
}
