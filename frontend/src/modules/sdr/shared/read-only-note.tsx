"use client";

import { useCurrentUser } from "@/auth/use-session";
import { useT } from "@/i18n/i18n-provider";

import { canWriteSdr } from "../access";

/** Under a page's header, for those who may only read the SDR (a Comercial). */
export function ReadOnlyNote() {
  const t = useT();
  if (canWriteSdr(useCurrentUser())) return null;
  return <p className="-mt-3 mb-4 text-sm text-muted-foreground" data-testid="sdr-read-only">{t.sdr.shared.readOnly}</p>;
}
