import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { CompaniesPage } from "@/modules/crm/records/companies/companies-page";

export const generateMetadata = titled((t) => t.crm.records.companiesTitle);

export default function Page() {
  return (
    <RequirePermission permission="crm:read">
      <CompaniesPage />
    </RequirePermission>
  );
}
