"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { toast } from "sonner";

import { useCurrentUser } from "@/auth/use-session";
import { FormAlert } from "@/components/form-alert";
import type { FormErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/i18n/i18n-provider";

import { OwnerSelect } from "../../shared/owners";
import { entityLabels, recordHref } from "../entity-labels";
import { useCustomFields } from "../list/queries";
import { TagChips } from "../list/tag-chips";
import type { RecordEntity } from "../queries";
import { CustomFieldsInput, customFieldsBody, type CustomValues } from "./custom-fields-input";
import { messageUnder } from "./field-errors";
import { TagPicker } from "./tag-picker";

/** What every company and contact has, as a form starts from it. */
interface EditedRecord {
  id: string;
  owner_id: string | null;
  tag_ids: string[];
  custom_fields: CustomValues;
}

/**
 * What a company's and a contact's form share: tags, owner (the user, for a new record),
 * custom fields; how an optional field is sent; what happens once it is saved.
 */
export function useRecordForm(entity: RecordEntity, record: EditedRecord | null, onDone: () => void) {
  const t = useT();
  const router = useRouter();
  const me = useCurrentUser();
  const [tagIds, setTagIds] = useState<string[]>(record?.tag_ids ?? []);
  const [ownerId, setOwnerId] = useState<string | null>(record ? record.owner_id : me.id);
  const [custom, setCustom] = useState<CustomValues>(record?.custom_fields ?? {});
  const customFields = useCustomFields(entity).data ?? [];
  const cleared = record ? null : undefined;
  return {
    entity,
    editing: record !== null,
    /** A value taken away: null on an edit (the backend clears it), left out of a new record. */
    cleared,
    tags: { tagIds, setTagIds },
    owner: { ownerId, setOwnerId },
    custom: { fields: customFields, values: custom, setValues: setCustom },
    /** An optional text as the API takes it: trimmed, or `cleared` when blank. */
    optional: (value: string): string | null | undefined => value.trim() || cleared,
    /** The shared part of the body. */
    common: () => ({
      tag_ids: tagIds,
      owner_id: ownerId ?? undefined,
      custom_fields: customFields.length > 0 ? customFieldsBody(customFields, custom) : undefined,
    }),
    /** Once saved: said so (a new record with a link to its page), and the dialog closes. */
    saved: (saved: { id: string }, name: string) => {
      const labels = t.crm.records.form;
      if (record) toast.success(labels.updated);
      else toast.success(labels.created(name), { action: { label: t.app.open, onClick: () => router.push(recordHref(entity, saved.id)) } });
      onDone();
    },
  };
}

export type RecordForm = ReturnType<typeof useRecordForm>;

/** A create or edit dialog: its form only while open (so each opening starts afresh). */
export function RecordDialog({ open, onOpenChange, children }: { open: boolean; onOpenChange: (open: boolean) => void; children: ReactNode }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      {open && children}
    </Dialog>
  );
}

interface RecordFormShellProps {
  form: RecordForm;
  /** The edited record's name (a new one: none). */
  name: string | null;
  onSubmit: () => void;
  mutation: { error: Error | null; isPending: boolean };
  errors: FormErrors;
  onCancel: () => void;
  /** The fields of this kind of record. */
  children: ReactNode;
}

/** The dialog around a record's own fields, followed by tags, owner, custom fields, errors and the buttons. */
export function RecordFormShell({ form, name, onSubmit, mutation, errors, onCancel, children }: RecordFormShellProps) {
  const t = useT();
  const labels = t.crm.records.form;
  const names = entityLabels(t, form.entity);
  const { tagIds, setTagIds } = form.tags;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <DialogContent className="max-w-2xl">
      <DialogHeader>
        <DialogTitle>{form.editing ? names.edit : names.newRecord}</DialogTitle>
        <DialogDescription>{name ?? names.subtitle}</DialogDescription>
      </DialogHeader>
      <form onSubmit={submit} noValidate className="grid gap-4">
        {children}
        <div className="grid gap-1.5">
          <span className="text-sm font-medium">{labels.tags}</span>
          <div className="flex flex-wrap items-center gap-2">
            <TagChips ids={tagIds} onRemove={(id) => setTagIds(tagIds.filter((v) => v !== id))} />
            <TagPicker value={tagIds} onChange={setTagIds} />
          </div>
          {errors.field("tag_ids") && <p className="text-xs font-medium text-destructive">{errors.field("tag_ids")}</p>}
        </div>
        <OwnerSelect value={form.owner.ownerId} onChange={form.owner.setOwnerId} error={errors.field("owner_id")} />
        <CustomFieldsInput
          fields={form.custom.fields}
          values={form.custom.values}
          onChange={form.custom.setValues}
          errorOf={(key) => messageUnder(mutation.error, `custom_fields.${key}`)}
        />
        <FormAlert message={errors.general} />
        <DialogFooter>
          <Button variant="outline" onClick={onCancel}>{t.app.cancel}</Button>
          <Button type="submit" disabled={mutation.isPending}>
            {mutation.isPending ? labels.saving : form.editing ? t.app.save : t.app.create}
          </Button>
        </DialogFooter>
      </form>
    </DialogContent>
  );
}
