import { RequirePermission } from "@/auth/require-permission";
import { titled } from "@/i18n/server";
import { NewCadencePage } from "@/modules/sdr/cadences/new-cadence-page";

export const generateMetadata = titled((t) => t.sdr.cadences.newTitle);

export default function Page() {
  return (
    <RequirePermission permission="sdr:write">
      <NewCadencePage />
    </RequirePermission>
  );
}
