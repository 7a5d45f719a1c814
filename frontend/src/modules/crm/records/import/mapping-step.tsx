"use client";

import { EyeIcon } from "lucide-react";

import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useT } from "@/i18n/i18n-provider";

import type { MergePolicy } from "./queries";
import type { ImportUpload } from "./queries";
import { StepActions } from "./step-actions";
import { fieldLabel, mappingIssues, sampleValues, type Mapping } from "./wizard";
import { messageUnder } from "../form/field-errors";
import { useCustomFields } from "../list/queries";

const POLICIES: MergePolicy[] = ["fill_empty", "overwrite", "skip"];

interface MappingStepProps {
  upload: ImportUpload;
  mapping: Mapping;
  onMappingChange: (mapping: Mapping) => void;
  policy: MergePolicy;
  onPolicyChange: (policy: MergePolicy) => void;
  onBack: () => void;
  onPreview: () => void;
  previewing: boolean;
  /** The preview's failure (the backend's word on the mapping). */
  error: Error | null;
}

/** Step 2: which CRM field each column goes to, and what a row matching a known record does. */
export function MappingStep(props: MappingStepProps) {
  const { upload, mapping, onMappingChange, policy, onPolicyChange, onBack, onPreview, previewing, error } = props;
  const t = useT();
  const labels = t.crm.records.import;
  const customFields = useCustomFields(upload.entity === "contact" ? "contact" : "company");
  const customLabels = Object.fromEntries((customFields.data ?? []).map((field) => [field.key, field.label]));
  const label = (field: string) => fieldLabel(field, labels.fields, customLabels);
  const entity = upload.entity === "contact" ? "contact" : "company";
  const issues = mappingIssues(entity, mapping);

  return (
    <div className="grid gap-4">
      <p className="text-sm text-muted-foreground">
        <span className="font-medium text-foreground">{upload.filename}</span> · {labels.rows(upload.total_rows)}
      </p>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{labels.column}</TableHead>
            <TableHead>{labels.sample}</TableHead>
            <TableHead>{labels.field}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {upload.columns.map((column) => {
            const columnError = messageUnder(error, `mapping.${column}`);
            return (
              <TableRow key={column}>
                <TableCell className="font-medium">{column}</TableCell>
                <TableCell className="max-w-64 text-xs text-muted-foreground">
                  <span className="line-clamp-2">{sampleValues(upload.sample, column).join(" · ") || t.app.none}</span>
                </TableCell>
                <TableCell className="min-w-52">
                  <NativeSelect
                    aria-label={`${labels.field}: ${column}`}
                    aria-invalid={columnError ? true : undefined}
                    value={mapping[column] ?? ""}
                    onChange={(e) => onMappingChange({ ...mapping, [column]: e.target.value || null })}
                  >
                    <option value="">{labels.ignore}</option>
                    {upload.fields.map((field) => <option key={field} value={field}>{label(field)}</option>)}
                  </NativeSelect>
                  {columnError && <p className="mt-1 text-xs font-medium text-destructive">{columnError}</p>}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {issues.length > 0 && (
        <ul role="alert" className="grid gap-1 rounded-md bg-warning-soft p-3 text-sm text-warning">
          {issues.map((issue) => (
            <li key={`${issue.kind}-${issue.field}`}>
              {issue.kind === "required" ? labels.requiredMissing(label(issue.field)) : labels.duplicateField(label(issue.field))}
            </li>
          ))}
        </ul>
      )}
      <div className="grid max-w-xl gap-1.5">
        <FormField label={labels.mergePolicy} hint={labels.dedupHint(entity)}>
          <NativeSelect value={policy} onChange={(e) => onPolicyChange(e.target.value as MergePolicy)}>
            {POLICIES.map((p) => <option key={p} value={p}>{labels.policies[p]}</option>)}
          </NativeSelect>
        </FormField>
      </div>
      <StepActions error={error} onBack={onBack}>
        <Button onClick={onPreview} disabled={issues.length > 0 || previewing}>
          <EyeIcon aria-hidden />
          {previewing ? labels.previewing : labels.preview}
        </Button>
      </StepActions>
    </div>
  );
}
