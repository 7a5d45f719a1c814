import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { LeadPage } from "@/modules/hunter/leads/lead-page";

export const generateMetadata = titled((t) => t.hunter.leads.drawer.title);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="hunter:read">
      <LeadPage leadId={id} />
    </RequirePermission>
  );
}
