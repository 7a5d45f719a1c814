"use client";

import { HandshakeIcon, MessagesSquareIcon, PauseIcon, PlayIcon } from "lucide-react";
import Link from "next/link";
import { toast } from "sonner";

import { describeError } from "@/components/form-errors";
import { Badge } from "@/components/ui/badge";
import { Button, buttonVariants } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { formatPhone } from "@/lib/br-identifiers";
import { DemoBadge } from "@/modules/hunter/leads/badges";

import type { AcceptTarget } from "./accept-dialog";
import { useEnrollmentTransition, type Enrollment } from "./queries";
import { EnrollmentStatusBadge } from "../shared/badges";

interface EnrollmentsTableProps {
  enrollments: Enrollment[];
  steps: number;
  writable: boolean;
  onAccept: (target: AcceptTarget) => void;
}

/** The campaign's leads: where each is in the cadence, why it ended, when it sends next; pause, resume, accept, open the conversation. */
export function EnrollmentsTable({ enrollments, steps, writable, onAccept }: EnrollmentsTableProps) {
  const t = useT();
  const labels = t.sdr.campaigns;
  const columns = labels.enrollmentColumns;
  const transition = useEnrollmentTransition();

  const run = (enrollment: Enrollment, kind: "pause" | "resume") =>
    transition.mutate({ id: enrollment.id, transition: kind }, {
      onSuccess: () => toast.success(kind === "pause" ? labels.enrollmentPaused(enrollment.name) : labels.enrollmentResumed(enrollment.name)),
      onError: (error) => toast.error(describeError(error, t)),
    });

  return (
    <Table aria-label={labels.enrollmentsTitle}>
      <TableHeader>
        <TableRow>
          <TableHead className="min-w-48">{columns.lead}</TableHead>
          <TableHead>{columns.contact}</TableHead>
          <TableHead>{columns.status}</TableHead>
          <TableHead>{columns.step}</TableHead>
          <TableHead>{columns.next}</TableHead>
          <TableHead><span className="sr-only">{columns.actions}</span></TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {enrollments.length === 0 && (
          <TableRow><TableCell colSpan={6} className="py-8 text-center text-muted-foreground">{labels.noEnrollments}</TableCell></TableRow>
        )}
        {enrollments.map((enrollment) => {
          const next = enrollment.send_at ?? enrollment.next_at;
          const open = enrollment.status !== "finished";
          return (
            <TableRow key={enrollment.id} data-enrollment-id={enrollment.id}>
              <TableCell>
                <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-medium">{enrollment.company ?? enrollment.name}</span>
                  {enrollment.demo && <DemoBadge short />}
                </span>
                {enrollment.company && <p className="text-xs text-muted-foreground">{enrollment.name}</p>}
              </TableCell>
              <TableCell className="text-muted-foreground">
                {enrollment.phone && <p className="whitespace-nowrap">{formatPhone(enrollment.phone)}</p>}
                {enrollment.email && <p className="max-w-56 truncate text-xs" title={enrollment.email}>{enrollment.email}</p>}
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  <EnrollmentStatusBadge status={enrollment.status} finishReason={enrollment.finish_reason} />
                  {enrollment.accepted_at && <Badge tone="success" title={labels.acceptedOn(formatDateTime(enrollment.accepted_at))}>{t.sdr.shared.accepted}</Badge>}
                </div>
              </TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">{t.sdr.shared.step(Math.min(enrollment.step_index, steps - 1), steps)}</TableCell>
              <TableCell className="whitespace-nowrap tabular-nums">
                {open && next ? formatDateTime(next) : enrollment.status === "pending_approval" ? <span className="text-xs text-muted-foreground">{labels.waitingApproval}</span> : t.app.none}
              </TableCell>
              <TableCell className="w-px text-right whitespace-nowrap">
                <Link href={`/sdr/campaigns/${enrollment.campaign_id}/enrollments/${enrollment.id}`} className={buttonVariants({ variant: "ghost", size: "sm" })}>
                  <MessagesSquareIcon aria-hidden />
                  {labels.openConversation}
                </Link>
                {writable && enrollment.status === "active" && (
                  <Button variant="ghost" size="icon" aria-label={labels.pauseEnrollment(enrollment.company ?? enrollment.name)} title={labels.pauseEnrollment(enrollment.company ?? enrollment.name)} disabled={transition.isPending} onClick={() => run(enrollment, "pause")}>
                    <PauseIcon aria-hidden />
                  </Button>
                )}
                {writable && enrollment.status === "paused" && (
                  <Button variant="ghost" size="icon" aria-label={labels.resumeEnrollment(enrollment.company ?? enrollment.name)} title={labels.resumeEnrollment(enrollment.company ?? enrollment.name)} disabled={transition.isPending} onClick={() => run(enrollment, "resume")}>
                    <PlayIcon aria-hidden />
                  </Button>
                )}
                {writable && !enrollment.accepted_at && (
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={labels.acceptNamed(enrollment.company ?? enrollment.name)}
                    title={labels.accept}
                    onClick={() => onAccept({ leadId: enrollment.lead_id, name: enrollment.name, company: enrollment.company })}
                  >
                    <HandshakeIcon aria-hidden />
                  </Button>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
