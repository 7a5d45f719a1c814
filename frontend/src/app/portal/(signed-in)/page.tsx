import { titled } from "@/i18n/server";
import { PortalHome } from "@/screens/portal/portal-home";

export const generateMetadata = titled((t) => t.app.portalName);

export default function PortalPage() {
  return <PortalHome />;
}
