"use client";

import { BanIcon } from "lucide-react";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { RevokeButton } from "@/components/revoke-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone } from "@/lib/br-identifiers";
import { useDebounced } from "@/lib/use-debounced";
import { useNewParam } from "@/lib/use-new-param";

import { AddSuppressionDialog } from "./add-form";
import { useRemoveSuppression, useSuppression, type Suppression } from "./queries";
import { canWriteSdr } from "../access";
import { StepIcon } from "../shared/badges";
import { ReadOnlyNote } from "../shared/read-only-note";

function shown(entry: Suppression): string {
  return entry.kind === "phone" ? formatPhone(entry.value) : entry.value;
}

/** `/sdr/suppression`: search, add (`?new=1` opens the form), remove. */
export function SuppressionPage() {
  const t = useT();
  const labels = t.sdr.suppression;
  const writable = canWriteSdr(useCurrentUser());
  const [text, setText] = useState("");
  const q = useDebounced(text.trim());
  const entries = useSuppression(q);
  const remove = useRemoveSuppression();
  const items = pageItems(entries.data);
  const [adding, setAdding] = useNewParam();

  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={labels.subtitle}
        actions={writable && (
          <Button onClick={() => setAdding(true)}>
            <BanIcon aria-hidden />
            {labels.add}
          </Button>
        )}
      />
      <ReadOnlyNote />
      <div className="mb-4 w-80">
        <FormField label={labels.search}>
          <Input type="search" value={text} placeholder={labels.searchPlaceholder} onChange={(e) => setText(e.target.value)} />
        </FormField>
      </div>
      <QueryTable
        query={entries}
        headers={[labels.columns.value, labels.columns.reason, labels.columns.note, labels.columns.added, writable ? <span className="sr-only">{labels.columns.actions}</span> : null]}
        empty={q ? labels.emptySearch : labels.empty}
        isEmpty={items.length === 0}
      >
        {items.map((entry) => (
          <TableRow key={entry.id} data-entry-id={entry.id}>
            <TableCell className="font-medium whitespace-nowrap">
              <span className="inline-flex items-center gap-2">
                <StepIcon kind={entry.kind === "phone" ? "call" : "email"} />
                {shown(entry)}
              </span>
            </TableCell>
            <TableCell><Badge tone={entry.reason === "manual" ? "neutral" : "danger"}>{labels.reasons[entry.reason]}</Badge></TableCell>
            <TableCell className="max-w-sm text-muted-foreground">{entry.note}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(entry.created_at)}</TableCell>
            {writable && (
              <TableCell className="text-right">
                <RevokeButton
                  id={entry.id}
                  subject={shown(entry)}
                  texts={{ revoke: labels.remove, revokeTitle: labels.removeTitle(shown(entry)), revokeBody: () => labels.removeBody, revoked: labels.removed(shown(entry)) }}
                  mutation={remove}
                />
              </TableCell>
            )}
          </TableRow>
        ))}
      </QueryTable>
      <LoadMore {...entries} />
      <AddSuppressionDialog open={writable && adding} onOpenChange={setAdding} />
    </>
  );
}
