import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { CadencesPage } from "@/modules/sdr/cadences/cadences-page";

export const generateMetadata = titled((t) => t.sdr.cadences.title);

export default function Page() {
  return (
    <RequirePermission permission="sdr:read">
      <CadencesPage />
    </RequirePermission>
  );
}
