/** Query hooks over the CRM's CSV imports: upload, preview, start, the job, its report, past imports. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE, type CursorPage } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { crmKeys } from "../../shared/keys";
import type { RecordEntity } from "../queries";

type Schemas = components["schemas"];
export type ImportJob = Schemas["ImportRead"];
export type ImportUpload = Schemas["ImportUpload"];
export type ImportPreview = Schemas["ImportPreview"];
export type ImportSettings = Schemas["ImportSettings"];
export type ImportStatus = Schemas["ImportStatus"];
export type RowAction = Schemas["RowAction"];
export type RowOutcome = Schemas["RowOutcome"];
export type MergePolicy = Schemas["MergePolicy"];

/** Whether the import is still on its way (queued or running). */
export function isActive(status: ImportStatus): boolean {
  return status === "queued" || status === "running";
}

/** Polling interval while the job runs: the realtime event is the fast path, this the fallback. */
export const POLL_MS = 2000;

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, entity }: { file: File; entity: RecordEntity }) => {
      const form = new FormData();
      form.append("entity", entity);
      form.append("file", file, file.name);
      return unwrap(api.POST("/api/v1/crm/imports", {
        // the generated type says string (OpenAPI's binary); the body is the form itself
        body: form as unknown as Schemas["Body_crm_upload_import"],
        bodySerializer: (body) => body as unknown as FormData,
      }));
    },
    onSuccess: (upload) => {
      queryClient.setQueryData(crmKeys.importJob(upload.id), upload);
      return queryClient.invalidateQueries({ queryKey: crmKeys.imports });
    },
  });
}

export function usePreviewImport(id: string) {
  return useMutation({
    mutationFn: (body: ImportSettings) =>
      unwrap(api.POST("/api/v1/crm/imports/{import_id}/preview", { params: { path: { import_id: id } }, body })),
  });
}

export function useStartImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportSettings) =>
      unwrap(api.POST("/api/v1/crm/imports/{import_id}/start", { params: { path: { import_id: id } }, body })),
    onSuccess: (job) => {
      queryClient.setQueryData(crmKeys.importJob(job.id), job);
      return queryClient.invalidateQueries({ queryKey: crmKeys.imports });
    },
  });
}

/** One import; polled while it runs (the realtime event usually gets there first). */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: crmKeys.importJob(id ?? ""),
    enabled: id !== null,
    queryFn: ({ signal }) => unwrap(api.GET("/api/v1/crm/imports/{import_id}", { params: { path: { import_id: id ?? "" } }, signal })),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? POLL_MS : false),
  });
}

export function useImports() {
  return useInfiniteQuery(
    cursorQuery(crmKeys.imports, (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/imports", { params: { query: { cursor, limit: 20 } }, signal })),
    ),
  );
}

/** The report: each row's outcome and reasons (all, or one outcome). */
export function useImportRows(id: string, action: RowAction | null, { enabled = true } = {}) {
  return useInfiniteQuery({
    ...cursorQuery(crmKeys.importRows(id, action), (cursor, signal) =>
      unwrap(api.GET("/api/v1/crm/imports/{import_id}/rows", {
        params: { path: { import_id: id }, query: { action, cursor, limit: PAGE_SIZE } },
        signal,
      })),
    ),
    enabled,
  });
}

/** What `crm.import_progressed` carries. */
export interface ImportProgress {
  import_id: string;
  status: ImportStatus;
  processed_rows: number;
  total_rows: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
}

/**
 * A progress event into the cache: the job's counters (never going backwards, events may
 * arrive out of order), its row in the past imports; once it ends, the report and the
 * record lists are refetched.
 */
export function receiveImportProgress(queryClient: QueryClient, progress: ImportProgress): void {
  const apply = (job: ImportJob): ImportJob => {
    if (job.id !== progress.import_id) return job;
    if (!isActive(job.status) && job.status !== "uploaded") return job; // already final
    if (progress.processed_rows < job.processed_rows && isActive(progress.status)) return job;
    const { created, updated, skipped, rejected } = progress;
    return { ...job, status: progress.status, processed_rows: progress.processed_rows, total_rows: progress.total_rows, counts: { created, updated, skipped, rejected } };
  };
  queryClient.setQueryData<ImportJob>(crmKeys.importJob(progress.import_id), (job) => job && apply(job));
  queryClient.setQueryData<{ pages: CursorPage<ImportJob>[]; pageParams: unknown[] }>(crmKeys.imports, (data) =>
    data && { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map(apply) })) },
  );
  if (!isActive(progress.status)) {
    void queryClient.invalidateQueries({ queryKey: crmKeys.importJob(progress.import_id) });
    void queryClient.invalidateQueries({ queryKey: crmKeys.importRowsOf(progress.import_id) });
    void queryClient.invalidateQueries({ queryKey: crmKeys.imports });
    void queryClient.invalidateQueries({ queryKey: crmKeys.companies });
    void queryClient.invalidateQueries({ queryKey: crmKeys.contacts });
  }
}
