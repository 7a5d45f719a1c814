"use client";

import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { FormAlert } from "@/components/form-alert";
import { namedFormErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import { criteriaOf, draftOf, type CriteriaDraft } from "./criteria";
import { CriteriaFields } from "./criteria-fields";
import { useCreateIcp, useUpdateIcp, type Icp } from "./queries";
import { ScoringFields } from "./scoring-fields";

/** Where the backend's errors go; `criteria` last: it holds what no criterion field shows. */
export const ICP_FIELDS = [
  "name", "description", "threshold",
  "criteria.industries", "criteria.cnae_codes", "criteria.sizes", "criteria.employees_min", "criteria.employees_max",
  "criteria.states", "criteria.cities", "criteria.keywords", "criteria.disqualifiers", "criteria.required", "criteria.weights",
] as const;

interface IcpEditorProps {
  /** The ICP to edit; none: a new one. */
  icp?: Icp;
  onSaved: (icp: Icp) => void;
  onCancel: () => void;
}

/** Create an ICP, or edit one (a change of criteria or threshold is saved as the next version). */
export function IcpEditor({ icp, onSaved, onCancel }: IcpEditorProps) {
  const t = useT();
  const labels = t.hunter.icps.form;
  const [name, setName] = useState(icp?.name ?? "");
  const [description, setDescription] = useState(icp?.description ?? "");
  const [draft, setDraft] = useState<CriteriaDraft>(() => draftOf(icp?.criteria));
  const [threshold, setThreshold] = useState(icp?.threshold ?? 70);
  const create = useCreateIcp();
  const update = useUpdateIcp(icp?.id ?? "");
  const mutation = icp ? update : create;
  const errors = namedFormErrors(mutation.error, ICP_FIELDS, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = { name: name.trim(), description: description.trim() || null, criteria: criteriaOf(draft), threshold };
    if (icp) {
      update.mutate(body, {
        onSuccess: (saved) => {
          toast.success(saved.version > icp.version ? labels.newVersion(saved.version) : labels.saved);
          onSaved(saved);
        },
      });
    } else {
      create.mutate(body, {
        onSuccess: (created) => {
          toast.success(labels.created(created.name));
          onSaved(created);
        },
      });
    }
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-6">
      <Card>
        <CardContent className="grid gap-4 pt-4">
          <div className="grid items-start gap-4 md:grid-cols-2">
            <FormField label={labels.name} error={errors.field("name")}>
              <Input required value={name} placeholder={labels.namePlaceholder} onChange={(e) => setName(e.target.value)} />
            </FormField>
            <FormField label={labels.description} hint={labels.descriptionHint} error={errors.field("description")}>
              <Input value={description} onChange={(e) => setDescription(e.target.value)} />
            </FormField>
          </div>
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-4">
          <CriteriaFields draft={draft} onChange={setDraft} errors={errors} />
        </CardContent>
      </Card>
      <Card>
        <CardContent className="pt-4">
          <ScoringFields draft={draft} onChange={setDraft} threshold={threshold} onThreshold={setThreshold} errors={errors} />
        </CardContent>
      </Card>
      {icp && <p className="text-sm text-muted-foreground">{labels.editHint}</p>}
      <FormAlert message={errors.general} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={mutation.isPending}>{mutation.isPending ? labels.saving : icp ? t.app.save : labels.create}</Button>
        <Button variant="outline" onClick={onCancel}>{t.app.cancel}</Button>
      </div>
    </form>
  );
}
