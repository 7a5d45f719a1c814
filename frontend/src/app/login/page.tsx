import { Suspense } from "react";

import { LoginScreen } from "@/auth/login-screen";
import { titled } from "@/i18n/server";

export const generateMetadata = titled((t) => t.auth.staffTitle);

export default function LoginPage() {
  return (
    <Suspense>
      <LoginScreen audience="staff" />
    </Suspense>
  );
}
