"use client";

import { PlusIcon, SettingsIcon } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";

import { useCurrentUser } from "@/auth/use-session";
import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Button, buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input, NativeSelect } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { formatMoney } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { useDebounced } from "@/lib/use-debounced";
import { useNewParam } from "@/lib/use-new-param";

import { canConfigurePipelines, canWriteCrm, isOwnerScoped } from "../../shared/access";
import { NewDealDialog } from "../new-deal-dialog";
import { usePipelines } from "../pipeline-queries";
import { useBoard, type BoardFilters } from "../queries";
import { DealsBoard } from "./deals-board";

type OwnerFilter = "all" | "mine";

/** `/crm/deals`: the pipeline's kanban, its filters and the "new deal" dialog. */
export function DealsBoardPage() {
  const t = useT();
  const labels = t.crm.deals;
  const user = useCurrentUser();
  const writable = canWriteCrm(user);
  const ownerScoped = isOwnerScoped(user);
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const pipelines = usePipelines();
  const pipeline = pipelines.data?.find((p) => p.id === params.get("pipeline")) ?? pipelines.data?.[0];
  const [owner, setOwner] = useState<OwnerFilter>("all");
  const [search, setSearch] = useState("");
  const q = useDebounced(search.trim());
  const filters: BoardFilters = {
    ownerId: !ownerScoped && owner === "mine" ? user.id : undefined,
    q: q.length >= 2 ? q : undefined,
  };
  const board = useBoard(pipeline?.id, filters);
  const [creating, setCreating] = useNewParam();

  const selectPipeline = (pipelineId: string) => {
    const next = new URLSearchParams(params);
    next.set("pipeline", pipelineId);
    router.replace(`${pathname}?${next}`);
  };

  const data = board.data;
  const count = data?.columns.reduce((sum, column) => sum + column.count, 0) ?? 0;
  const error = pipelines.error ?? board.error;

  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={ownerScoped ? labels.subtitleOwn : labels.subtitle}
        actions={
          <>
            {canConfigurePipelines(user) && (
              <Link href="/crm/pipelines" className={buttonVariants({ variant: "outline" })}>
                <SettingsIcon aria-hidden />
                {labels.configure}
              </Link>
            )}
            {writable && (
              <Button onClick={() => setCreating(true)}>
                <PlusIcon aria-hidden />
                {labels.newDeal}
              </Button>
            )}
          </>
        }
      />
      <div className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[16rem_12rem_minmax(0,24rem)]">
        <FormField label={labels.pipeline}>
          <NativeSelect value={pipeline?.id ?? ""} onChange={(e) => selectPipeline(e.target.value)} disabled={!pipelines.data}>
            {pipelines.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.is_default ? labels.defaultPipelineOption(p.name) : p.name}
              </option>
            ))}
          </NativeSelect>
        </FormField>
        {!ownerScoped && (
          <FormField label={labels.ownerFilter}>
            <NativeSelect value={owner} onChange={(e) => setOwner(e.target.value as OwnerFilter)}>
              <option value="all">{labels.ownerAll}</option>
              <option value="mine">{labels.ownerMine}</option>
            </NativeSelect>
          </FormField>
        )}
        <FormField label={labels.search} hint={search.trim().length === 1 ? labels.searchHint : undefined}>
          <Input type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={labels.searchPlaceholder} />
        </FormField>
      </div>
      {data && (
        <p className="mb-3 text-sm text-muted-foreground" aria-live="polite" data-testid="board-summary">
          {labels.summary(count)} · {labels.total} <span className="font-semibold text-foreground tabular-nums">{formatMoney(Number(data.total_value))}</span>
          {" · "}
          {labels.weighted} <span className="font-semibold text-foreground tabular-nums">{formatMoney(Number(data.weighted_value))}</span>
        </p>
      )}
      {error ? (
        <QueryError error={error} onRetry={() => void (pipelines.error ? pipelines.refetch() : board.refetch())} />
      ) : !data ? (
        <div className="flex gap-3 overflow-hidden" role="status" aria-label={t.app.loading}>
          {[0, 1, 2, 3].map((i) => <Skeleton key={i} className="h-72 w-72 shrink-0" />)}
        </div>
      ) : (
        <DealsBoard board={data} filters={filters} writable={writable} ownerScoped={ownerScoped} />
      )}
      {writable && pipelines.data && (
        <NewDealDialog open={creating} onOpenChange={setCreating} pipelines={pipelines.data} pipelineId={pipeline?.id} />
      )}
    </>
  );
}
