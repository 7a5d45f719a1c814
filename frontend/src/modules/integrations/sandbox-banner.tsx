"use client";

import { FlaskConicalIcon } from "lucide-react";
import Link from "next/link";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { useT } from "@/i18n/i18n-provider";

import { useIntegrationsHealth } from "./queries";

/** Always on screen while any outside service runs in sandbox mode. */
export function SandboxBanner() {
  const user = useCurrentUser();
  const t = useT();
  const allowed = can(user, "admin:read");
  const health = useIntegrationsHealth(allowed);
  const sandboxed = (health.data ?? []).filter((service) => service.status === "sandbox");
  if (sandboxed.length === 0) return null;
  const names = sandboxed.map((service) => t.admin.integrations.services[service.name] ?? service.name).join(", ");
  return (
    <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-warning-soft px-4 py-2 text-sm text-warning">
      <FlaskConicalIcon className="size-4 shrink-0" aria-hidden />
      <span className="min-w-0 flex-1">{t.shell.sandboxBanner(names)}</span>
      <Link href="/admin/integrations" className="font-medium underline underline-offset-4">
        {t.shell.sandboxLink}
      </Link>
    </div>
  );
}
