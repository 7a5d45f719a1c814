"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";

import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import { MappingStep } from "./mapping-step";
import { PastImports } from "./past-imports";
import { PreviewStep } from "./preview-step";
import { usePreviewImport, useImport, useStartImport, type ImportPreview, type ImportUpload, type MergePolicy } from "./queries";
import { RunStep } from "./run-step";
import { UploadStep } from "./upload-step";
import { importSettings, initialMapping, STEPS, type Mapping, type WizardStep } from "./wizard";

/** The CSV import wizard (file, columns, preview, run and report), and the past imports. */
export function ImportPage() {
  const t = useT();
  const labels = t.crm.records.import;
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const jobId = params.get("id");
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [policy, setPolicy] = useState<MergePolicy>("fill_empty");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const previewing = usePreviewImport(upload?.id ?? "");
  const starting = useStartImport(upload?.id ?? "");
  const job = useImport(jobId);

  const reset = () => {
    setUpload(null);
    setPreview(null);
    previewing.reset();
    starting.reset();
    if (jobId) router.replace(pathname);
  };
  const uploaded = (next: ImportUpload) => {
    setUpload(next);
    setMapping(initialMapping(next));
    setPolicy(next.merge_policy);
    setPreview(null);
  };
  const runPreview = () => previewing.mutate(importSettings(mapping, policy), { onSuccess: setPreview });
  const start = () =>
    starting.mutate(importSettings(mapping, policy), {
      onSuccess: (started) => {
        setUpload(null);
        setPreview(null);
        router.replace(`${pathname}?id=${started.id}`);
      },
    });

  const step: WizardStep = jobId ? "run" : preview ? "preview" : upload ? "mapping" : "upload";
  const stepNumber = STEPS.indexOf(step) + 1;

  let body;
  if (jobId) {
    if (job.isError) body = <QueryError error={job.error} onRetry={() => void job.refetch()} />;
    else if (job.isPending) body = <Skeleton className="h-32" />;
    else if (job.data.status === "uploaded") {
      body = (
        <div className="grid justify-items-start gap-3">
          <p className="text-sm text-muted-foreground">{labels.notStarted}</p>
          <Button variant="outline" onClick={reset}>{labels.newImport}</Button>
        </div>
      );
    } else body = <RunStep job={job.data} onNewImport={reset} />;
  } else if (preview && upload) {
    body = (
      <PreviewStep
        entity={upload.entity === "contact" ? "contact" : "company"}
        preview={preview}
        onBack={() => setPreview(null)}
        onStart={start}
        starting={starting.isPending}
        error={starting.error}
      />
    );
  } else if (upload) {
    body = (
      <MappingStep
        upload={upload}
        mapping={mapping}
        onMappingChange={(next) => {
          setMapping(next);
          previewing.reset();
        }}
        policy={policy}
        onPolicyChange={setPolicy}
        onBack={reset}
        onPreview={runPreview}
        previewing={previewing.isPending}
        error={previewing.error}
      />
    );
  } else body = <UploadStep onUploaded={uploaded} />;

  return (
    <>
      <PageHeader title={t.crm.records.importTitle} subtitle={labels.subtitle} />
      <nav aria-label={labels.stepOf(stepNumber, STEPS.length)} className="mb-6">
        <ol className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          {STEPS.map((s, index) => (
            <li key={s} aria-current={s === step ? "step" : undefined} className={cn("flex items-center gap-2", s === step ? "font-medium text-foreground" : "text-muted-foreground")}>
              <span className={cn("grid size-6 place-items-center rounded-full border text-xs", s === step && "border-primary bg-primary text-primary-foreground")}>{index + 1}</span>
              {labels.steps[s]}
            </li>
          ))}
        </ol>
      </nav>
      {body}
      <PastImports />
    </>
  );
}
