"use client";

import type { ReactNode } from "react";

import { Brand } from "@/components/shell/brand";
import { useT } from "@/i18n/i18n-provider";

import { loginOf } from "./permissions";
import type { Audience } from "./session";

export const authCardClass = "grid gap-4 rounded-lg border bg-card p-6 shadow-xs";

/** The frame of the pages before signing in: the brand of this side, then the card. */
export function AuthFrame({ audience, children }: { audience: Audience; children: ReactNode }) {
  const t = useT();
  return (
    <main className="grid min-h-dvh place-items-center bg-muted/40 p-4">
      <div className="grid w-full max-w-sm gap-6">
        <Brand href={loginOf(audience)} name={t.app.name} subtitle={audience === "client" ? t.app.portalName : t.app.tagline} />
        {children}
      </div>
    </main>
  );
}
