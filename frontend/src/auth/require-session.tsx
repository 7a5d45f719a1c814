"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";

import { session } from "@/api/client";
import { FullPageMessage, FullPageSpinner } from "@/components/full-page";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

import { audienceOf, homeOf, loginOf } from "./permissions";
import type { Audience, SignOutReason } from "./session";
import { useSession } from "./use-session";

function loginUrl(audience: Audience, path: string, reason: SignOutReason | null): string {
  const query = new URLSearchParams();
  if (reason !== "logout") query.set("next", path);
  if (reason) query.set("reason", reason);
  return `${loginOf(audience)}?${query}`;
}

/**
 * Renders its children only for a signed-in user of this side (staff or client). It restores
 * the session from the refresh cookie on a fresh load, sends a signed-out visitor to the right
 * login with a return URL, and the other side's users to their own home.
 */
export function RequireSession({ audience, children }: { audience: Audience; children: ReactNode }) {
  const state = useSession();
  const router = useRouter();
  const pathname = usePathname();
  const t = useT();

  useEffect(() => {
    if (session.getState().status === "loading") void session.refresh();
  }, []);

  useEffect(() => {
    if (state.status === "signed-out") {
      const path = pathname + window.location.search;
      router.replace(loginUrl(audience, path, state.reason));
    } else if (state.status === "authenticated" && audienceOf(state.user) !== audience) {
      router.replace(homeOf(audienceOf(state.user)));
    }
  }, [state, audience, pathname, router]);

  if (state.status === "unavailable") {
    return (
      <FullPageMessage title={t.app.unavailable} hint={t.app.unavailableHint}>
        <Button onClick={() => void session.refresh()}>{t.app.retry}</Button>
      </FullPageMessage>
    );
  }
  if (state.status === "authenticated" && audienceOf(state.user) === audience) return children;
  return <FullPageSpinner />;
}
