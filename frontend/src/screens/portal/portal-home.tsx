"use client";

import { FileSignatureIcon, FilmIcon, ReceiptIcon, ThumbsUpIcon, type LucideIcon } from "lucide-react";

import { useCurrentUser } from "@/auth/use-session";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useT } from "@/i18n/i18n-provider";

function Area({ icon: Icon, title, empty }: { icon: LucideIcon; title: string; empty: string }) {
  return (
    <Card>
      <CardHeader className="flex flex-row items-center gap-2">
        <Icon className="size-4 text-muted-foreground" aria-hidden />
        <CardTitle>{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <p className="text-sm text-muted-foreground">{empty}</p>
      </CardContent>
    </Card>
  );
}

/** The client's start page: who they are and the four areas their company's work fills in. */
export function PortalHome() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <div className="grid gap-6">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">{t.portal.welcome(user.full_name ?? user.email ?? "")}</h1>
        <p className="text-sm text-muted-foreground">{t.portal.companyOf(user.organization.name)}</p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Area icon={FilmIcon} title={t.portal.projects} empty={t.portal.projectsEmpty} />
        <Area icon={FileSignatureIcon} title={t.portal.contracts} empty={t.portal.contractsEmpty} />
        <Area icon={ReceiptIcon} title={t.portal.invoices} empty={t.portal.invoicesEmpty} />
        <Area icon={ThumbsUpIcon} title={t.portal.approvals} empty={t.portal.approvalsEmpty} />
      </div>
    </div>
  );
}
