"use client";

import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useT } from "@/i18n/i18n-provider";

import { useCampaignMetrics } from "./queries";
import { StepIcon } from "../shared/badges";
import { FunnelNumbers } from "../shared/funnel";

/** A step's numbers: the leads it reached, its drafts waiting, its messages; replies and opt-outs count at the step they answer. */
const STEP_COLUMNS = ["enrolled", "pending_approval", "sent", "delivered", "read", "replied", "interested", "opted_out"] as const;

/** A campaign's funnel (enrolled to converted) and the same numbers per step of its cadence. */
export function MetricsPanel({ campaignId }: { campaignId: string }) {
  const t = useT();
  const labels = t.sdr.campaigns;
  const funnel = t.sdr.shared.funnel;
  const metrics = useCampaignMetrics(campaignId);
  if (metrics.isError) return null;
  return (
    <section className="grid gap-4" aria-label={labels.metricsTitle}>
      {metrics.data ? <FunnelNumbers funnel={metrics.data.totals} /> : <Skeleton className="h-24" />}
      {metrics.data && metrics.data.steps.length > 0 && (
        <Card>
          <CardHeader><CardTitle>{labels.stepsTitle}</CardTitle></CardHeader>
          <CardContent>
            <Table aria-label={labels.stepsTitle}>
              <TableHeader>
                <TableRow>
                  <TableHead>{labels.stepColumn}</TableHead>
                  {STEP_COLUMNS.map((column) => <TableHead key={column} className="text-right">{column === "enrolled" ? labels.reached : funnel[column]}</TableHead>)}
                </TableRow>
              </TableHeader>
              <TableBody>
                {metrics.data.steps.map((step) => (
                  <TableRow key={step.step_index} data-step={step.step_index}>
                    <TableCell className="whitespace-nowrap">
                      <span className="inline-flex items-center gap-2">
                        <StepIcon kind={step.kind} />
                        {t.sdr.shared.stepN(step.step_index)} · {t.sdr.shared.stepKinds[step.kind] ?? step.kind}
                      </span>
                    </TableCell>
                    {STEP_COLUMNS.map((column) => <TableCell key={column} className="text-right tabular-nums" data-stage={column}>{step[column]}</TableCell>)}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
    </section>
  );
}
