"use client";

import { ApiError } from "@/api/problem";
import { Button } from "@/components/ui/button";
import { useT } from "@/i18n/i18n-provider";

/** A failed load: forbidden, or an error with the request id to quote, and a retry. */
export function QueryError({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const t = useT();
  const forbidden = error instanceof ApiError && error.status === 403;
  const requestId = error instanceof ApiError ? error.problem.request_id : null;
  return (
    <div role="alert" className="grid justify-items-start gap-2 rounded-lg border border-destructive/40 bg-danger-soft p-4 text-sm">
      <p className="font-medium">
        {forbidden ? t.shell.forbiddenTitle : requestId ? t.app.errorWithId(requestId) : t.app.error}
      </p>
      {forbidden && <p className="text-muted-foreground">{t.shell.forbiddenHint}</p>}
      {!forbidden && onRetry && (
        <Button variant="outline" size="sm" onClick={onRetry}>
          {t.app.retry}
        </Button>
      )}
    </div>
  );
}
