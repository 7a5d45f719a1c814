"use client";

import { ArrowRightIcon } from "lucide-react";
import Link from "next/link";
import { useEffect } from "react";

import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { formatDate, formatWeekday, saoPauloHour } from "@/i18n/format";
import { useI18n } from "@/i18n/i18n-provider";
import { usePendingApprovalCount } from "@/modules/agents/queries";
import { useIntegrationsHealth } from "@/modules/integrations/queries";
import { NotificationList } from "@/modules/notifications/notification-list";
import { useRecentNotifications } from "@/modules/notifications/queries";

import { markHomeReady } from "./home-ready";

function greetingKey(hour: number): "morning" | "afternoon" | "evening" {
  return hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
}

function CardLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline">
      {children}
      <ArrowRightIcon className="size-3.5" aria-hidden />
    </Link>
  );
}

/** The staff member's day: who and where they are, what waits for them. */
export function HomePage() {
  const user = useCurrentUser();
  const { t, locale } = useI18n();
  const seesApprovals = can(user, "agents:read");
  const seesIntegrations = can(user, "admin:read");
  const approvals = usePendingApprovalCount(seesApprovals);
  const notifications = useRecentNotifications();
  const integrations = useIntegrationsHealth(seesIntegrations);
  const settled =
    !notifications.isPending && !(seesApprovals && approvals.isPending) && !(seesIntegrations && integrations.isPending);

  useEffect(() => {
    if (settled) markHomeReady();
  }, [settled]);

  const now = new Date();
  const firstName = (user.full_name ?? user.email ?? "").split(" ")[0] ?? "";
  const sandbox = integrations.data?.filter((service) => service.status === "sandbox").length ?? 0;
  const down = integrations.data?.filter((service) => service.status === "down").length ?? 0;

  return (
    <div className="grid gap-6" data-home-ready={settled || undefined}>
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">
          {t.home.greeting[greetingKey(saoPauloHour(now))]}, {firstName}
        </h1>
        <p className="text-sm text-muted-foreground">{t.home.roleAt(t.roles[user.role], user.organization.name)}</p>
        <p className="text-sm text-muted-foreground">{t.home.today(`${formatWeekday(now, locale)}, ${formatDate(now)}`)}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {seesApprovals && (
          <Card>
            <CardHeader>
              <CardTitle>{t.home.approvalsTitle}</CardTitle>
              <CardDescription>{t.home.approvalsHint}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-3">
              {approvals.isPending ? (
                <Skeleton className="h-8 w-24" />
              ) : approvals.isError ? (
                <p className="text-sm text-muted-foreground">{t.app.error}</p>
              ) : (
                <p className={approvals.data.count > 0 ? "text-3xl font-semibold" : "text-sm text-muted-foreground"}>
                  {approvals.data.count > 0
                    ? t.home.approvalsCount(`${approvals.data.count}${approvals.data.more ? "+" : ""}`)
                    : t.home.approvalsNone}
                </p>
              )}
              <CardLink href="/agents/approvals">{t.agents.approvals.title}</CardLink>
            </CardContent>
          </Card>
        )}
        <Card>
          <CardHeader>
            <CardTitle>{t.home.notificationsTitle}</CardTitle>
          </CardHeader>
          <CardContent className="p-0 pb-2">
            <NotificationList limit={5} />
          </CardContent>
        </Card>
        {seesIntegrations && (
          <Card>
            <CardHeader>
              <CardTitle>{t.home.integrationsTitle}</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              {integrations.isPending ? (
                <Skeleton className="h-5 w-40" />
              ) : (
                <ul className="grid gap-1">
                  {sandbox > 0 && <li>{t.home.integrationsSandbox(sandbox)}</li>}
                  {down > 0 && <li className="text-destructive">{t.home.integrationsDown(down)}</li>}
                  {sandbox === 0 && down === 0 && <li>{t.home.integrationsLive}</li>}
                </ul>
              )}
              <CardLink href="/admin/integrations">{t.admin.integrations.title}</CardLink>
            </CardContent>
          </Card>
        )}
      </div>
    </div>
  );
}
