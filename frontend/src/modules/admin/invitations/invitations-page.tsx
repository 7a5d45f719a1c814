"use client";

import { MailPlusIcon } from "lucide-react";
import { useState } from "react";

import { pageItems } from "@/api/pagination";
import { can } from "@/auth/permissions";
import { useCurrentUser } from "@/auth/use-session";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/page-header";
import { QueryTable } from "@/components/query-table";
import { RevokeButton } from "@/components/revoke-button";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { useNewParam } from "@/lib/use-new-param";

import { useInvitations, useRevokeInvitation, type Invitation } from "../queries";
import { InviteDialog } from "./invite-dialog";

type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

const TONES: Record<InvitationStatus, BadgeTone> = { pending: "warning", accepted: "success", revoked: "neutral", expired: "neutral" };

function statusOf(invitation: Invitation, now: number): InvitationStatus {
  if (invitation.revoked_at) return "revoked";
  if (invitation.accepted_at) return "accepted";
  return Date.parse(invitation.expires_at) < now ? "expired" : "pending";
}

export function InvitationsPage() {
  const t = useT();
  const labels = t.admin.invitations;
  const writable = can(useCurrentUser(), "admin:write");
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [inviting, setInviting] = useNewParam();
  const items = pageItems(invitations.data);
  const [now] = useState(() => Date.now());

  return (
    <>
      <PageHeader
        title={labels.title}
        subtitle={labels.subtitle}
        actions={writable && (
          <Button onClick={() => setInviting(true)}>
            <MailPlusIcon aria-hidden />
            {labels.create}
          </Button>
        )}
      />
      <QueryTable
        query={invitations}
        empty={labels.empty}
        isEmpty={items.length === 0}
        headers={[
          labels.name,
          labels.role,
          labels.clientCompany,
          labels.status,
          labels.expires,
          writable ? <span className="sr-only">{labels.revoke}</span> : null,
        ]}
      >
        {items.map((invitation) => {
          const status = statusOf(invitation, now);
          return (
            <TableRow key={invitation.id}>
              <TableCell>
                <div className="font-medium">{invitation.full_name}</div>
                <div className="text-xs text-muted-foreground">{invitation.email}</div>
              </TableCell>
              <TableCell>{t.roles[invitation.role]}</TableCell>
              <TableCell className="font-mono text-xs">{invitation.client_company_id ?? t.app.none}</TableCell>
              <TableCell><Badge tone={TONES[status]}>{labels.statuses[status]}</Badge></TableCell>
              <TableCell className="whitespace-nowrap">{formatDateTime(invitation.expires_at)}</TableCell>
              {writable && (
                <TableCell className="text-right">
                  {status === "pending" && (
                    <RevokeButton id={invitation.id} subject={invitation.email} texts={labels}
                      mutation={revoke} />
                  )}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </QueryTable>
      <LoadMore {...invitations} />
      <InviteDialog open={inviting} onOpenChange={setInviting} />
    </>
  );
}
