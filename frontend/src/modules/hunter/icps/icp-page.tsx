"use client";

import { ArchiveIcon, ArrowLeftIcon, PencilIcon, RadarIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";

import { ApiError } from "@/api/problem";
import { useCurrentUser } from "@/auth/use-session";
import { describeError } from "@/components/form-errors";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { canWriteHunter } from "../access";
import { CriteriaView } from "./criteria-view";
import { IcpEditor } from "./icp-editor";
import { useArchiveIcp, useIcp } from "./queries";
import { VersionHistory } from "./version-history";

export function BackToIcps() {
  const labels = useT().hunter.icps;
  return (
    <Link href="/hunter/icps" className={buttonVariants({ variant: "ghost", size: "sm" })}>
      <ArrowLeftIcon aria-hidden />
      {labels.back}
    </Link>
  );
}

/** `/hunter/icps/[id]`: the ICP's current criteria, its version history; edit, archive, search with it. */
export function IcpPage({ icpId }: { icpId: string }) {
  const t = useT();
  const labels = t.hunter.icps;
  const writable = canWriteHunter(useCurrentUser());
  const icp = useIcp(icpId);
  const archive = useArchiveIcp(icpId);
  const [editing, setEditing] = useState(false);

  if (icp.isError) {
    const missing = icp.error instanceof ApiError && (icp.error.status === 404 || icp.error.status === 422);
    return (
      <div className="grid justify-items-start gap-4">
        <BackToIcps />
        {missing ? (
          <div className="grid gap-1">
            <h1 className="text-xl font-semibold">{labels.notFound}</h1>
            <p className="text-sm text-muted-foreground">{labels.notFoundHint}</p>
          </div>
        ) : (
          <QueryError error={icp.error} onRetry={() => void icp.refetch()} />
        )}
      </div>
    );
  }
  if (!icp.data) return <Skeleton className="h-64" />;
  const data = icp.data;
  const active = data.archived_at === null;

  if (editing) {
    return (
      <div className="grid gap-4">
        <PageHeader title={labels.form.editTitle(data.name)} subtitle={labels.form.editHint} />
        <IcpEditor icp={data} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </div>
    );
  }

  return (
    <div className="grid gap-6">
      <div className="-mb-4">
        <BackToIcps />
      </div>
      <PageHeader
        title={data.name}
        subtitle={data.description ?? undefined}
        actions={writable && active && (
          <>
            <Link href={`/hunter/searches/new?icp=${data.id}`} className={buttonVariants()}>
              <RadarIcon aria-hidden />
              {labels.searchWith}
            </Link>
            <Button variant="outline" onClick={() => setEditing(true)}>
              <PencilIcon aria-hidden />
              {labels.edit}
            </Button>
            <ConfirmDialog
              title={labels.archiveTitle(data.name)}
              description={labels.archiveBody}
              confirmLabel={labels.archive}
              onConfirm={() => archive.mutate(undefined, {
                onSuccess: () => toast.success(labels.archivedToast),
                onError: (error) => toast.error(describeError(error, t)),
              })}
            >
              <Button variant="ghost">
                <ArchiveIcon aria-hidden />
                {labels.archive}
              </Button>
            </ConfirmDialog>
          </>
        )}
      />
      <div className="-mt-4 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
        <Badge tone="primary">{labels.versionBadge(data.version)}</Badge>
        {!active && <Badge tone="warning">{labels.archivedOn(formatDate(data.archived_at!))}</Badge>}
        <span>{labels.updatedOn(formatDate(data.updated_at))}</span>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>{labels.criteriaTitle}</CardTitle>
        </CardHeader>
        <CardContent>
          <CriteriaView criteria={data.criteria} threshold={data.threshold} />
        </CardContent>
      </Card>
      <section className="grid gap-3" aria-labelledby="icp-history">
        <h2 id="icp-history" className="text-base font-semibold">{labels.historyTitle}</h2>
        <VersionHistory icpId={data.id} />
      </section>
    </div>
  );
}
