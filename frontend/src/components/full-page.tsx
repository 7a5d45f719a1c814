"use client";

import { LoaderCircleIcon } from "lucide-react";
import type { ReactNode } from "react";

import { useT } from "@/i18n/i18n-provider";

export function FullPageSpinner() {
  const t = useT();
  return (
    <div className="grid min-h-dvh place-items-center" role="status">
      <LoaderCircleIcon className="size-6 animate-spin text-muted-foreground" aria-hidden />
      <span className="sr-only">{t.app.loading}</span>
    </div>
  );
}

export function FullPageMessage({ title, hint, children }: { title: string; hint?: string; children?: ReactNode }) {
  return (
    <main className="grid min-h-dvh place-items-center p-6">
      <div className="grid max-w-md gap-3 text-center">
        <h1 className="text-xl font-semibold">{title}</h1>
        {hint && <p className="text-sm text-muted-foreground">{hint}</p>}
        {children && <div className="flex justify-center gap-2">{children}</div>}
      </div>
    </main>
  );
}
