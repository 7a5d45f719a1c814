import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { CadencePage } from "@/modules/sdr/cadences/cadence-page";

export const generateMetadata = titled((t) => t.sdr.cadences.title);

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <RequirePermission permission="sdr:read">
      <CadencePage cadenceId={id} />
    </RequirePermission>
  );
}
