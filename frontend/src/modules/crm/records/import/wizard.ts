/**
 * The import wizard's rules, as pure functions: the mapping it starts from, what is wrong
 * with a mapping before the backend is asked, the settings sent, the progress shown.
 */
import type { RecordEntity } from "../queries";
import type { ImportJob, ImportSettings, ImportUpload, MergePolicy } from "./queries";

export type Mapping = Record<string, string | null>;

/** The field each kind of record needs a column for (the backend's REQUIRED). */
export const REQUIRED_FIELD: Record<RecordEntity, string> = { company: "legal_name", contact: "name" };
/** Fields several columns may map to: their values add up (the backend's MULTI). */
export const MULTI_FIELDS: ReadonlySet<string> = new Set(["email", "phone", "whatsapp", "tags"]);
export const CUSTOM_PREFIX = "custom.";

export type WizardStep = "upload" | "mapping" | "preview" | "run";
export const STEPS: WizardStep[] = ["upload", "mapping", "preview", "run"];

/** Every column of the file, mapped as the backend suggested (unknown ones ignored). */
export function initialMapping(upload: Pick<ImportUpload, "columns" | "suggested_mapping" | "fields">): Mapping {
  const allowed = new Set(upload.fields);
  return Object.fromEntries(upload.columns.map((column) => {
    const suggested = upload.suggested_mapping[column] ?? null;
    return [column, suggested && allowed.has(suggested) ? suggested : null];
  }));
}

export type MappingIssue = { kind: "required"; field: string } | { kind: "duplicate"; field: string; columns: string[] };

/** What stops the mapping from being previewed: the required field unmapped, a field taken twice. */
export function mappingIssues(entity: RecordEntity, mapping: Mapping): MappingIssue[] {
  const issues: MappingIssue[] = [];
  const byField = new Map<string, string[]>();
  for (const [column, field] of Object.entries(mapping)) {
    if (field) byField.set(field, [...(byField.get(field) ?? []), column]);
  }
  const required = REQUIRED_FIELD[entity];
  if (!byField.has(required)) issues.push({ kind: "required", field: required });
  for (const [field, columns] of byField) {
    if (columns.length > 1 && !MULTI_FIELDS.has(field)) issues.push({ kind: "duplicate", field, columns });
  }
  return issues;
}

/** The settings the preview and the start take: mapped columns only. */
export function importSettings(mapping: Mapping, mergePolicy: MergePolicy): ImportSettings {
  return {
    mapping: Object.fromEntries(Object.entries(mapping).filter(([, field]) => field !== null)),
    merge_policy: mergePolicy,
  };
}

/** The first non-empty values of a column in the sample rows. */
export function sampleValues(sample: readonly Record<string, unknown>[], column: string, count = 3): string[] {
  return sample
    .map((row) => row[column])
    .filter((value): value is string | number => (typeof value === "string" && value.trim() !== "") || typeof value === "number")
    .map(String)
    .slice(0, count);
}

/** 0-100, for the progress bar. */
export function progressPercent(job: Pick<ImportJob, "processed_rows" | "total_rows" | "status">): number {
  if (job.status === "finished") return 100;
  if (job.total_rows <= 0) return 0;
  return Math.min(100, Math.round((job.processed_rows / job.total_rows) * 100));
}

/** The field's name for people: ours, a custom field's label, or the key itself. */
export function fieldLabel(field: string, names: Record<string, string>, customLabels: Record<string, string> = {}): string {
  if (field.startsWith(CUSTOM_PREFIX)) return customLabels[field.slice(CUSTOM_PREFIX.length)] ?? field.slice(CUSTOM_PREFIX.length);
  return names[field] ?? field;
}

/** The step a job loaded by id (`?id=`) shows: its progress, or its report. */
export function stepOfJob(job: Pick<ImportJob, "status">): WizardStep {
  return job.status === "uploaded" ? "mapping" : "run";
}
