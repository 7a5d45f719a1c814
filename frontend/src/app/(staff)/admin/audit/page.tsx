import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { AuditPage } from "@/modules/admin/audit/audit-page";

export const generateMetadata = titled((t) => t.admin.audit.title);

export default function Page() {
  return (
    <RequirePermission permission="audit:read">
      <AuditPage />
    </RequirePermission>
  );
}
