"use client";

import { UploadIcon } from "lucide-react";
import { useState, type FormEvent } from "react";

import { FormAlert } from "@/components/form-alert";
import { formErrors } from "@/components/form-errors";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { useT } from "@/i18n/i18n-provider";

import type { RecordEntity } from "../queries";
import { useUploadImport, type ImportUpload } from "./queries";

/** Step 1: what the file holds, and the file. */
export function UploadStep({ onUploaded }: { onUploaded: (upload: ImportUpload) => void }) {
  const t = useT();
  const labels = t.crm.records.import;
  const [entity, setEntity] = useState<RecordEntity>("company");
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadImport();
  const errors = formErrors(upload.error, ["file", "entity"], t);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) upload.mutate({ file, entity }, { onSuccess: onUploaded });
  };
  return (
    <form onSubmit={submit} noValidate className="grid max-w-xl gap-4">
      <FormField label={labels.entity} error={errors.field("entity")}>
        <NativeSelect value={entity} onChange={(e) => setEntity(e.target.value as RecordEntity)}>
          <option value="company">{labels.entityCompany}</option>
          <option value="contact">{labels.entityContact}</option>
        </NativeSelect>
      </FormField>
      <FormField label={labels.file} hint={labels.fileHint} error={errors.field("file")}>
        <Input
          type="file"
          accept=".csv,text/csv,.txt"
          className="h-auto py-1.5 file:mr-3 file:rounded file:border-0 file:bg-secondary file:px-2 file:py-1 file:text-sm"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </FormField>
      <FormAlert message={errors.general} />
      <div>
        <Button type="submit" disabled={!file || upload.isPending}>
          <UploadIcon aria-hidden />
          {upload.isPending ? labels.uploading : labels.upload}
        </Button>
      </div>
    </form>
  );
}
