"use client";

import { useCurrentUser } from "@/auth/use-session";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Skeleton } from "@/components/ui/skeleton";
import type { Dictionary } from "@/i18n/dictionary";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { formatCnae } from "../format";
import { versionChanges, type Change } from "./changes";
import { useIcpVersions } from "./queries";

function describe(change: Change, t: Dictionary): { label: string; added?: string[]; removed?: string[]; text?: string } {
  const labels = t.hunter.icps;
  switch (change.kind) {
    case "list": {
      const show = (items: string[]) =>
        change.field === "cnae_codes" ? items.map(formatCnae)
          : change.field === "sizes" ? items.map((s) => t.hunter.common.sizes[s] ?? s)
            : change.field === "required" ? items.map((c) => t.hunter.common.criteria[c] ?? c)
              : items;
      return { label: labels.fieldNames[change.field], added: show(change.added), removed: show(change.removed) };
    }
    case "value":
      return { label: labels.fieldNames[change.field], text: labels.changedValue(change.from ?? labels.unset, change.to ?? labels.unset) };
    case "weight":
      return { label: labels.weightOf(t.hunter.common.criteria[change.criterion] ?? change.criterion), text: labels.changedValue(change.from, change.to) };
  }
}

/** Every version of an ICP, newest first, each with what changed from the one before. */
export function VersionHistory({ icpId }: { icpId: string }) {
  const t = useT();
  const labels = t.hunter.icps;
  const me = useCurrentUser();
  const versions = useIcpVersions(icpId);
  if (versions.isError) return <QueryError error={versions.error} onRetry={() => void versions.refetch()} />;
  if (!versions.data) return <Skeleton className="h-24" />;
  const list = versions.data;
  return (
    <ol className="grid gap-3" aria-label={labels.historyTitle}>
      {list.map((version, index) => {
        const previous = list[index + 1];
        const changes = previous ? versionChanges(previous, version) : [];
        return (
          <li key={version.version} className="grid gap-1.5 rounded-lg border bg-card p-3" data-testid={`icp-version-${version.version}`}>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{labels.versionN(version.version)}</span>
              {index === 0 && <Badge tone="primary">{labels.current}</Badge>}
              <span className="text-muted-foreground">
                {formatDateTime(version.created_at)}
                {version.created_by === me.id && ` · ${labels.byYou}`}
              </span>
            </div>
            {!previous ? (
              <p className="text-sm text-muted-foreground">{labels.initial}</p>
            ) : changes.length === 0 ? (
              <p className="text-sm text-muted-foreground">{labels.noChanges}</p>
            ) : (
              <ul className="grid gap-1 text-sm">
                {changes.map((change, i) => {
                  const { label, added, removed, text } = describe(change, t);
                  return (
                    <li key={i} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                      <span className="text-muted-foreground">{label}:</span>
                      {text && <span className="tabular-nums">{text}</span>}
                      {added?.map((item) => (
                        <span key={`+${item}`} className="rounded bg-success-soft px-1.5 text-xs text-success">
                          <span className="sr-only">{labels.added} </span>+ {item}
                        </span>
                      ))}
                      {removed?.map((item) => (
                        <span key={`-${item}`} className="rounded bg-danger-soft px-1.5 text-xs text-destructive line-through">
                          <span className="sr-only">{labels.removed} </span>− {item}
                        </span>
                      ))}
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
