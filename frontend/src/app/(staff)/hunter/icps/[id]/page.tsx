import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { IcpPage } from "@/modules/hunter/icps/icp-page";

export const generateMetadata = titled((t) => t.hunter.icps.title);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="hunter:read">
      <IcpPage icpId={id} />
    </RequirePermission>
  );
}
