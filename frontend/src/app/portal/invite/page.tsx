import { Suspense } from "react";

import { AcceptInvitationScreen } from "@/auth/accept-invitation-screen";
import { titled } from "@/i18n/server";

export const generateMetadata = titled((t) => t.auth.inviteTitle);

export default function PortalInvitePage() {
  return (
    <Suspense>
      <AcceptInvitationScreen audience="client" />
    </Suspense>
  );
}
