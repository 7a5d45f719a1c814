"use client";

import { GitMergeIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";

import { pageItems } from "@/api/pagination";
import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatCnpj } from "@/lib/br-identifiers";
import { useDebounced } from "@/lib/use-debounced";

import { companyName, primaryEmail } from "../../shared/display";
import { useCompanies, useContacts, useMergeRecords, type RecordEntity } from "../queries";

interface Candidate {
  id: string;
  title: string;
  subtitle: string | null;
  created_at: string;
}

/** The first word of a name worth searching duplicates by ("Acme Filmes Ltda" -> "Acme"). */
export function duplicateSearch(name: string): string {
  return name.split(/\s+/).find((word) => word.replace(/\W/g, "").length >= 3) ?? name;
}

/** Picks duplicates of the record and merges them into it, after a confirmation. */
export function MergeDialog({ entity, id, name }: { entity: RecordEntity; id: string; name: string }) {
  const t = useT();
  const labels = t.crm.records.detail;
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <Button variant="outline" onClick={() => setOpen(true)}>
        <GitMergeIcon aria-hidden />
        {labels.merge}
      </Button>
      {open && <MergeForm entity={entity} id={id} name={name} onDone={() => setOpen(false)} />}
    </Dialog>
  );
}

function MergeForm({ entity, id, name, onDone }: { entity: RecordEntity; id: string; name: string; onDone: () => void }) {
  const t = useT();
  const labels = t.crm.records.detail;
  const [search, setSearch] = useState(() => duplicateSearch(name));
  const [picked, setPicked] = useState<string[]>([]);
  const q = useDebounced(search.trim());
  const filters = q.length >= 2 ? { q } : {};
  const companies = useCompanies(filters, "legal_name", { enabled: entity === "company" });
  const contacts = useContacts(filters, "name", { enabled: entity === "contact" });
  const merge = useMergeRecords(entity, id);
  const query = entity === "company" ? companies : contacts;
  const errors = formErrors(merge.error, ["duplicate_ids"], t);
  const candidates: Candidate[] = (entity === "company"
    ? pageItems(companies.data).map((c) => ({ id: c.id, title: companyName(c), subtitle: c.cnpj ? formatCnpj(c.cnpj) : c.trade_name ? c.legal_name : null, created_at: c.created_at }))
    : pageItems(contacts.data).map((c) => ({ id: c.id, title: c.name, subtitle: primaryEmail(c) ?? c.job_title, created_at: c.created_at }))
  ).filter((candidate) => candidate.id !== id).slice(0, 20);

  const confirm = () =>
    merge.mutate(picked, {
      onSuccess: () => {
        toast.success(labels.merged(picked.length));
        onDone();
      },
    });

  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{labels.mergeTitle}</DialogTitle>
        <DialogDescription>{entity === "company" ? labels.mergeCompanyHint : labels.mergeContactHint}</DialogDescription>
      </DialogHeader>
      <FormField label={labels.mergeSearch}>
        <Input type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </FormField>
      <fieldset className="grid max-h-72 gap-1 overflow-y-auto rounded-md border p-2">
        <legend className="sr-only">{labels.mergeSearch}</legend>
        {query.isPending && <Skeleton className="h-8" />}
        {!query.isPending && candidates.length === 0 && <p className="p-2 text-sm text-muted-foreground">{labels.mergeNone}</p>}
        {candidates.map((candidate) => {
          const checkboxId = `merge-${candidate.id}`;
          return (
            <div key={candidate.id} className="flex items-start gap-2 rounded p-2 hover:bg-accent">
              <Checkbox
                id={checkboxId}
                className="mt-0.5"
                checked={picked.includes(candidate.id)}
                onCheckedChange={(checked) => setPicked(checked === true ? [...picked, candidate.id] : picked.filter((p) => p !== candidate.id))}
              />
              <Label htmlFor={checkboxId} className="grid flex-1 gap-0.5 font-normal">
                <span className="font-medium">{candidate.title}</span>
                <span className="text-xs text-muted-foreground">
                  {[candidate.subtitle, formatDate(candidate.created_at)].filter(Boolean).join(" · ")}
                </span>
              </Label>
            </div>
          );
        })}
      </fieldset>
      <p className="text-sm text-muted-foreground" aria-live="polite">{labels.mergeSelected(picked.length)}</p>
      <FormAlert message={errors.field("duplicate_ids") ?? errors.general} />
      <DialogFooter>
        <Button variant="outline" onClick={onDone}>{t.app.cancel}</Button>
        <ConfirmDialog
          title={labels.mergeConfirmTitle}
          description={labels.mergeConfirmBody(picked.length, name)}
          confirmLabel={labels.mergeConfirm}
          onConfirm={confirm}
        >
          <Button disabled={picked.length === 0 || merge.isPending}>
            <GitMergeIcon aria-hidden />
            {labels.mergeConfirm}
          </Button>
        </ConfirmDialog>
      </DialogFooter>
    </DialogContent>
  );
}
