"use client";

import { PlusIcon, StarIcon, TrashIcon } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";

import { useCurrentUser } from "@/auth/use-session";
import { FormAlert } from "@/components/form-alert";
import { describeError, formErrors } from "@/components/form-errors";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";
import { useNewParam } from "@/lib/use-new-param";

import { canConfigurePipelines } from "../../shared/access";
import type { Pipeline } from "../board-cache";
import { useDeletePipeline, usePipelines, useUpdatePipeline } from "../pipeline-queries";
import { NewPipelineDialog } from "./new-pipeline-dialog";
import { StagesEditor, StagesList } from "./stages-editor";

function PipelineSettings({ pipeline, editable }: { pipeline: Pipeline; editable: boolean }) {
  const t = useT();
  const labels = t.crm.deals;
  const update = useUpdatePipeline(pipeline.id);
  const remove = useDeletePipeline();
  const [name, setName] = useState(pipeline.name);
  const errors = formErrors(update.error, ["name", "is_default"], t);
  const rename = (event: FormEvent) => {
    event.preventDefault();
    remove.reset();
    update.mutate({ name: name.trim() }, { onSuccess: () => toast.success(labels.pipelineRenamed(name.trim())) });
  };
  const makeDefault = () => {
    remove.reset();
    update.mutate({ is_default: true }, { onSuccess: () => toast.success(labels.pipelineIsDefault(pipeline.name)) });
  };
  const headingId = `pipeline-${pipeline.id}`;

  return (
    <Card aria-labelledby={headingId}>
      <CardHeader className="gap-3">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={headingId} className="text-base font-semibold">{pipeline.name}</h2>
          {pipeline.is_default && <Badge tone="primary">{labels.defaultPipeline}</Badge>}
          <Link href={`/crm/deals?pipeline=${pipeline.id}`} className="ml-auto text-sm font-medium text-primary hover:underline">
            {labels.openBoard}
          </Link>
        </div>
        {editable && (
          <div className="flex flex-wrap items-end gap-2">
            <form onSubmit={rename} noValidate className="flex min-w-0 flex-1 flex-wrap items-end gap-2">
              <div className="min-w-48 flex-1">
                <FormField label={labels.pipelineName} error={errors.field("name")}>
                  <Input value={name} onChange={(e) => setName(e.target.value)} />
                </FormField>
              </div>
              <Button type="submit" variant="outline" disabled={name.trim() === pipeline.name || update.isPending}>{labels.rename}</Button>
            </form>
            {!pipeline.is_default && (
              <Button variant="ghost" onClick={makeDefault} disabled={update.isPending}>
                <StarIcon aria-hidden />
                {labels.makeDefault}
              </Button>
            )}
            <ConfirmDialog
              title={labels.deletePipelineTitle(pipeline.name)}
              description={labels.deletePipelineBody}
              confirmLabel={labels.deletePipeline}
              onConfirm={() => {
                update.reset();
                remove.mutate(pipeline.id, { onSuccess: () => toast.success(labels.pipelineDeleted(pipeline.name)) });
              }}
            >
              <Button variant="ghost" aria-label={labels.deletePipelineNamed(pipeline.name)}>
                <TrashIcon aria-hidden />
                {labels.deletePipeline}
              </Button>
            </ConfirmDialog>
          </div>
        )}
        <FormAlert message={errors.general ?? (remove.error ? describeError(remove.error, t) : null)} />
      </CardHeader>
      <CardContent>{editable ? <StagesEditor pipeline={pipeline} /> : <StagesList pipeline={pipeline} />}</CardContent>
    </Card>
  );
}

/** `/crm/pipelines`: the pipelines and their stages; Admin and Diretor change them, others look. */
export function PipelinesPage() {
  const t = useT();
  const labels = t.crm.deals;
  const editable = canConfigurePipelines(useCurrentUser());
  const pipelines = usePipelines();
  const [creating, setCreating] = useNewParam();

  return (
    <>
      <PageHeader
        title={labels.pipelinesTitle}
        subtitle={labels.pipelinesSubtitle}
        actions={editable && (
          <Button onClick={() => setCreating(true)}>
            <PlusIcon aria-hidden />
            {labels.newPipeline}
          </Button>
        )}
      />
      {!editable && <p className="mb-4 text-sm text-muted-foreground">{labels.pipelinesReadOnly}</p>}
      {pipelines.isError ? (
        <QueryError error={pipelines.error} onRetry={() => void pipelines.refetch()} />
      ) : pipelines.isPending ? (
        <Skeleton className="h-64" />
      ) : (
        <div className="grid gap-6">
          {pipelines.data.map((pipeline) => <PipelineSettings key={pipeline.id} pipeline={pipeline} editable={editable} />)}
        </div>
      )}
      {editable && <NewPipelineDialog open={creating} onOpenChange={setCreating} />}
    </>
  );
}
