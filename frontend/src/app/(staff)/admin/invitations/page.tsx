import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { InvitationsPage } from "@/modules/admin/invitations/invitations-page";

export const generateMetadata = titled((t) => t.admin.invitations.title);

export default function Page() {
  return (
    <RequirePermission permission="admin:read">
      <InvitationsPage />
    </RequirePermission>
  );
}
