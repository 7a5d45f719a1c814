"use client";

import { CheckIcon, XIcon } from "lucide-react";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { NativeSelect } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";

import { DecisionDialog, type Decision } from "./decision-dialog";
import { useApprovals, type Approval, type ApprovalStatus } from "./queries";

const STATUSES: ApprovalStatus[] = ["pending", "approved", "rejected", "withdrawn"];

export function ApprovalsPage() {
  const t = useT();
  const labels = t.agents.approvals;
  const writable = can(useCurrentUser(), "agents:write");
  const [status, setStatus] = useState<ApprovalStatus>("pending");
  const approvals = useApprovals(status);
  const [deciding, setDeciding] = useState<{ approval: Approval; decision: Decision } | null>(null);
  const items = pageItems(approvals.data);

  return (
    <>
      <PageHeader title={labels.title} subtitle={labels.subtitle} />
      <div className="mb-4 grid max-w-xs gap-3">
        <FormField label={labels.statusFilter}>
          <NativeSelect value={status} onChange={(e) => setStatus(e.target.value as ApprovalStatus)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>{labels.statuses[value]}</option>
            ))}
          </NativeSelect>
        </FormField>
      </div>
      {!writable && status === "pending" && <p className="mb-4 text-sm text-muted-foreground">{labels.readOnly}</p>}
      {approvals.isError ? (
        <QueryError error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : (
        <div className="grid gap-4">
          {approvals.isPending && <Skeleton className="h-32" />}
          {!approvals.isPending && items.length === 0 && <p className="py-8 text-center text-sm text-muted-foreground">{labels.empty}</p>}
          {items.map((approval) => (
            <Card key={approval.id}>
              <CardHeader>
                <div className="flex flex-wrap items-center gap-2">
                  <CardTitle>{approval.title}</CardTitle>
                  <Badge className="font-mono">{approval.kind}</Badge>
                </div>
                <CardDescription>
                  {labels.created}: {formatDateTime(approval.created_at)}
                  {approval.decided_at && ` · ${labels.decided(formatDateTime(approval.decided_at))}`}
                </CardDescription>
              </CardHeader>
              <CardContent className="grid gap-3">
                <details>
                  <summary className="cursor-pointer text-sm font-medium">{labels.payload}</summary>
                  <pre className="mt-2 max-h-64 overflow-auto rounded-md bg-muted p-3 text-xs">{JSON.stringify(approval.payload, null, 2)}</pre>
                </details>
                {approval.note && <p className="text-sm text-muted-foreground">{approval.note}</p>}
                {writable && approval.status === "pending" && (
                  <div className="flex gap-2">
                    <Button size="sm" onClick={() => setDeciding({ approval, decision: "approve" })}>
                      <CheckIcon aria-hidden />
                      {labels.approve}
                    </Button>
                    <Button size="sm" variant="outline" onClick={() => setDeciding({ approval, decision: "reject" })}>
                      <XIcon aria-hidden />
                      {labels.reject}
                    </Button>
                  </div>
                )}
              </CardContent>
            </Card>
          ))}
        </div>
      )}
      <LoadMore {...approvals} />
      <DecisionDialog approval={deciding?.approval ?? null} decision={deciding?.decision ?? "approve"} onClose={() => setDeciding(null)} />
    </>
  );
}
