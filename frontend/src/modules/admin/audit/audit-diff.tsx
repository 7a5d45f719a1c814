"use client";

import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

type Snapshot = Record<string, unknown> | null;

function show(value: unknown): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The fields an audited change touched: before and after side by side, changes marked. */
export function AuditDiff({ before, after }: { before: Snapshot; after: Snapshot }) {
  const t = useT();
  const labels = t.admin.audit;
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  if (fields.length === 0) return <p className="text-sm text-muted-foreground">{labels.noChanges}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-xs">
        <thead>
          <tr className="text-left text-muted-foreground">
            <th scope="col" className="py-1 pr-3 font-medium">{labels.field}</th>
            <th scope="col" className="py-1 pr-3 font-medium">{labels.before}</th>
            <th scope="col" className="py-1 font-medium">{labels.after}</th>
          </tr>
        </thead>
        <tbody className="font-mono">
          {fields.map((field) => {
            const was = show(before?.[field]);
            const now = show(after?.[field]);
            const changed = was !== now;
            return (
              <tr key={field} className={cn("border-t", !changed && "text-muted-foreground")}>
                <th scope="row" className="py-1 pr-3 text-left font-medium">{field}</th>
                <td className={cn("py-1 pr-3 break-all", changed && was && "bg-danger-soft")}>
                  {was && (changed ? <del className="no-underline">{was}</del> : was)}
                </td>
                <td className={cn("py-1 break-all", changed && now && "bg-success-soft")}>
                  {now && (changed ? <ins className="no-underline">{now}</ins> : now)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
