import type { ReactNode } from "react";

export type Field = [label: string, value: ReactNode];

/** Label/value pairs of a record; empty values are left out. */
export function FieldList({ fields }: { fields: Field[] }) {
  const shown = fields.filter(([, value]) => value !== null && value !== undefined && value !== "" && value !== false);
  return (
    <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-[minmax(8rem,auto)_1fr]">
      {shown.map(([label, value]) => (
        <div key={label} className="grid gap-0.5 sm:contents">
          <dt className="text-xs text-muted-foreground sm:pt-0.5 sm:text-sm">{label}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
