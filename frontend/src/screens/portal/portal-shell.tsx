"use client";

import type { ReactNode } from "react";

import { useCurrentUser } from "@/auth/use-session";
import { Brand } from "@/components/shell/brand";
import { UserMenu } from "@/components/shell/user-menu";
import { useT } from "@/i18n/i18n-provider";
import { NotificationCenter } from "@/modules/notifications/notification-center";

/** The client portal's own frame: the producer's name, the bell and the user menu. */
export function PortalShell({ children }: { children: ReactNode }) {
  const t = useT();
  const user = useCurrentUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#main" className="sr-only z-50 rounded-md bg-primary px-3 py-2 text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2">
        {t.app.skipToContent}
      </a>
      <header className="sticky top-0 z-30 border-b bg-background/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-5xl items-center gap-2 px-4">
          <Brand href="/portal" name={user.organization.name} subtitle={t.app.portalName} />
          <div className="ml-auto flex items-center gap-1">
            <NotificationCenter />
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 p-4 outline-none lg:py-8">
        {children}
      </main>
    </div>
  );
}
