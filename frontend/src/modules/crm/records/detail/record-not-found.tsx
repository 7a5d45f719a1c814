"use client";

import Link from "next/link";

import { ApiError } from "@/api/problem";
import { QueryError } from "@/components/query-error";
import { buttonVariants } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

/** A detail page whose record failed to load: "not found" for a 404, else the error with a retry. */
export function RecordLoadError({ error, onRetry, backHref, backLabel }: { error: Error; onRetry: () => void; backHref: string; backLabel: string }) {
  const t = useT();
  if (!(error instanceof ApiError && error.status === 404)) return <QueryError error={error} onRetry={onRetry} />;
  return (
    <div className="mx-auto grid max-w-md justify-items-center gap-3 py-16 text-center">
      <h1 className="text-xl font-semibold">{t.crm.records.detail.notFound}</h1>
      <p className="text-sm text-muted-foreground">{t.crm.records.detail.notFoundHint}</p>
      <Link href={backHref} className={buttonVariants({ variant: "outline" })}>{backLabel}</Link>
    </div>
  );
}
