"use client";

import { ShieldAlertIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { buttonVariants } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

import { can, type Permission } from "./permissions";
import { useCurrentUser } from "./use-session";

/** The page for users who hold `permission`; a 403 page for everyone else. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const user = useCurrentUser();
  const t = useT();
  if (can(user, permission)) return children;
  return (
    <div className="mx-auto grid max-w-md justify-items-center gap-3 py-16 text-center">
      <ShieldAlertIcon className="size-10 text-muted-foreground" aria-hidden />
      <p className="text-sm font-medium text-muted-foreground">403</p>
      <h1 className="text-xl font-semibold">{t.shell.forbiddenTitle}</h1>
      <p className="text-sm text-muted-foreground">{t.shell.forbiddenHint}</p>
      <Link href="/" className={buttonVariants({ variant: "outline" })}>
        {t.app.backHome}
      </Link>
    </div>
  );
}
