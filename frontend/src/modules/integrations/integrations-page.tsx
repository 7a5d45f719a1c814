"use client";

import { RefreshCwIcon } from "lucide-react";

import { PageHeader } from "@/components/page-header";
import { QueryError } from "@/components/query-error";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useT } from "@/i18n/i18n-provider";

import { useIntegrationsHealth, type ServiceStatus } from "./queries";

const TONES: Record<ServiceStatus, BadgeTone> = { live: "success", sandbox: "warning", down: "danger" };

export function IntegrationsPage() {
  const t = useT();
  const labels = t.admin.integrations;
  const health = useIntegrationsHealth();
  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={labels.subtitle}
        actions={
          <Button variant="outline" disabled={health.isFetching} onClick={() => void health.refetch()}>
            <RefreshCwIcon aria-hidden className={health.isFetching ? "animate-spin" : undefined} />
            {labels.refresh}
          </Button>
        }
      />
      {health.isError ? (
        <QueryError error={health.error} onRetry={() => void health.refetch()} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {health.isPending && [0, 1, 2, 3].map((i) => <Skeleton key={i} className="h-32" />)}
          {health.data?.map((service) => (
            <Card key={service.name}>
              <CardHeader className="flex flex-row items-start justify-between gap-2">
                <CardTitle>{labels.services[service.name] ?? service.name}</CardTitle>
                <Badge tone={TONES[service.status]}>{labels.statuses[service.status]}</Badge>
              </CardHeader>
              <CardContent className="grid gap-1 text-sm text-muted-foreground">
                <p>
                  {labels.breaker}: {labels.breakers[service.breaker] ?? service.breaker}
                </p>
                {service.detail && <p>{service.detail}</p>}
                {service.status === "sandbox" && <p>{labels.sandboxHint}</p>}
              </CardContent>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
