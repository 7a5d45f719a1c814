import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { CompanyDetail } from "@/modules/crm/records/companies/company-detail";

export const generateMetadata = titled((t) => t.crm.records.company);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="crm:read">
      <CompanyDetail key={id} id={id} />
    </RequirePermission>
  );
}
