"use client";

import type { ReactNode } from "react";

import type { Dictionary } from "@/i18n/dictionary";
import { useT } from "@/i18n/i18n-provider";

import { formatCnae } from "../format";
import { isSet, pointShares, type IcpCriteria } from "./criteria";

/** The criteria that count only when the ICP sets them. */
const OPTIONAL = ["industry", "cnae", "size", "employees", "location", "keywords"] as const;

function Chips({ items }: { items: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => <li key={item} className="rounded bg-secondary px-2 py-0.5 text-xs">{item}</li>)}
    </ul>
  );
}

export function employeesRange(criteria: IcpCriteria, t: Dictionary): string | null {
  const { employees_min: min, employees_max: max } = criteria;
  if (min == null && max == null) return null;
  return t.hunter.icps.employeesRange(min ?? null, max ?? null);
}

/** One line for a list: the segments and where (`publicidade · SP, RJ`). */
export function criteriaSummary(criteria: IcpCriteria, t: Dictionary): string {
  const labels = t.hunter.icps;
  const what = [...(criteria.industries ?? []), ...(criteria.cnae_codes ?? []).map(formatCnae)];
  const where = [...(criteria.states ?? []), ...(criteria.cities ?? [])];
  return [what.length > 0 ? what.join(", ") : labels.anyIndustry, where.length > 0 ? where.join(", ") : labels.anyPlace].join(" · ");
}

/** An ICP's criteria, read-only: what is set, what each criterion is worth, the threshold. */
export function CriteriaView({ criteria, threshold }: { criteria: IcpCriteria; threshold: number }) {
  const t = useT();
  const labels = t.hunter.icps;
  const fields = labels.fieldNames;
  const names = t.hunter.common.criteria;
  const rows: [string, ReactNode][] = [];
  const list = (label: string, items: string[] | undefined) => items && items.length > 0 && rows.push([label, <Chips key={label} items={items} />]);
  list(fields.industries, criteria.industries);
  list(fields.cnae_codes, criteria.cnae_codes?.map(formatCnae));
  list(fields.sizes, criteria.sizes?.map((s) => t.hunter.common.sizes[s] ?? s));
  const employees = employeesRange(criteria, t);
  if (employees) rows.push([names.employees!, employees]);
  list(fields.states, criteria.states);
  list(fields.cities, criteria.cities);
  list(fields.keywords, criteria.keywords);
  list(fields.disqualifiers, criteria.disqualifiers);
  const shares = pointShares(criteria);
  const unset = OPTIONAL.filter((c) => !isSet(criteria, c));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <dl className="grid content-start gap-3">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1">
            <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
            <dd className="text-sm">{value}</dd>
          </div>
        ))}
        {rows.length === 0 && <p className="text-sm text-muted-foreground">{labels.noCriteria}</p>}
      </dl>
      <div className="grid content-start gap-2">
        <p className="text-xs font-medium text-muted-foreground">{labels.form.previewTitle}</p>
        <ul className="grid gap-1.5" aria-label={labels.form.previewTitle}>
          {shares.map((share) => (
            <li key={share.criterion} className="grid grid-cols-[8.5rem_1fr_3.5rem] items-center gap-2 text-sm">
              <span className="truncate">
                {names[share.criterion]}
                {share.required && <span className="ml-1 text-xs text-warning">{labels.requiredMark}</span>}
              </span>
              <span className="h-2 overflow-hidden rounded-full bg-muted" aria-hidden>
                <span className="block h-full rounded-full bg-primary" style={{ width: `${share.points}%` }} />
              </span>
              <span className="text-right tabular-nums">{labels.form.points(Math.round(share.points))}</span>
            </li>
          ))}
        </ul>
        <p className="text-sm">
          {labels.form.threshold}: <strong className="tabular-nums">{labels.thresholdValue(threshold)}</strong>
        </p>
        {unset.length > 0 && <p className="text-xs text-muted-foreground">{labels.notCounted(unset.map((c) => names[c]!).join(", "))}</p>}
      </div>
    </div>
  );
}
