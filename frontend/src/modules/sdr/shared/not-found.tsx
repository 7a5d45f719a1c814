"use client";

import { ApiError } from "@/api/problem";
import { QueryError } from "@/components/query-error";
import { useT } from "@/i18n/i18n-provider";

/** Whether a failed load means "no such record here" (404, or an id that is no id: 422). */
export function isMissing(error: Error | null): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 422);
}

/** A record page's failed load: "not found" (also `null`: loaded, but not there), or the error with a retry. */
export function RecordError({ error, onRetry }: { error: Error | null; onRetry: () => void }) {
  const labels = useT().sdr.shared;
  if (error && !isMissing(error)) return <QueryError error={error} onRetry={onRetry} />;
  return (
    <div className="grid gap-1">
      <h1 className="text-xl font-semibold">{labels.notFound}</h1>
      <p className="text-sm text-muted-foreground">{labels.notFoundHint}</p>
    </div>
  );
}
