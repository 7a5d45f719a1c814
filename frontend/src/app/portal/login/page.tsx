import { Suspense } from "react";

import { LoginScreen } from "@/auth/login-screen";
import { titled } from "@/i18n/server";

export const generateMetadata = titled((t) => t.auth.portalTitle);

export default function PortalLoginPage() {
  return (
    <Suspense>
      <LoginScreen audience="client" />
    </Suspense>
  );
}
