"use client";

import { BriefcaseBusinessIcon, ClockIcon, FlaskConicalIcon, MailIcon, MessageCircleIcon, PhoneIcon, type LucideIcon } from "lucide-react";

import { Badge, type BadgeTone } from "@/components/ui/badge";
import { useT } from "@/i18n/i18n-provider";

const STEP_ICONS: Record<string, LucideIcon> = {
  whatsapp: MessageCircleIcon,
  email: MailIcon,
  linkedin_task: BriefcaseBusinessIcon,
  linkedin: BriefcaseBusinessIcon,
  call_task: PhoneIcon,
  call: PhoneIcon,
  wait: ClockIcon,
};

/** The icon of a step kind, a channel or a task kind. */
export function StepIcon({ kind, className = "size-3.5" }: { kind: string; className?: string }) {
  const Icon = STEP_ICONS[kind] ?? MessageCircleIcon;
  return <Icon className={className} aria-hidden />;
}

export function ChannelBadge({ channel }: { channel: string }) {
  return (
    <Badge>
      <StepIcon kind={channel} className="size-3" />
      {useT().sdr.shared.channels[channel] ?? channel}
    </Badge>
  );
}

const CAMPAIGN_TONE: Record<string, BadgeTone> = { active: "success", paused: "warning", finished: "neutral" };

export function CampaignStatusBadge({ status }: { status: string }) {
  return <Badge tone={CAMPAIGN_TONE[status] ?? "neutral"} data-testid="campaign-status">{useT().sdr.shared.campaignStatuses[status] ?? status}</Badge>;
}

const ENROLLMENT_TONE: Record<string, BadgeTone> = { pending_approval: "warning", active: "success", paused: "neutral", finished: "neutral" };
const GOOD_ENDINGS = new Set(["replied", "completed"]);

/** An enrollment's state; a finished one says why. */
export function EnrollmentStatusBadge({ status, finishReason }: { status: string; finishReason?: string | null }) {
  const labels = useT().sdr.shared;
  if (status === "finished" && finishReason) {
    return <Badge tone={GOOD_ENDINGS.has(finishReason) ? "success" : "danger"} data-testid="enrollment-status">{labels.finishReasons[finishReason] ?? finishReason}</Badge>;
  }
  return <Badge tone={ENROLLMENT_TONE[status] ?? "neutral"} data-testid="enrollment-status">{labels.enrollmentStatuses[status] ?? status}</Badge>;
}

const MESSAGE_TONE: Record<string, BadgeTone> = {
  awaiting_approval: "warning",
  rejected: "danger",
  sent: "neutral",
  sandboxed: "warning",
  delivered: "success",
  read: "success",
  failed: "danger",
  blocked: "danger",
  received: "neutral",
};

/** sent / delivered / read / failed / sandboxed…: where a message is. A sandboxed one says nothing left. */
export function MessageStatusChip({ status }: { status: string }) {
  const labels = useT().sdr.shared;
  return (
    <Badge tone={MESSAGE_TONE[status] ?? "neutral"} title={status === "sandboxed" ? labels.sandboxHint : undefined} data-testid="message-status">
      {status === "sandboxed" && <FlaskConicalIcon className="size-3" aria-hidden />}
      {labels.messageStatuses[status] ?? status}
    </Badge>
  );
}

const CLASS_TONE: Record<string, BadgeTone> = { interested: "success", objection: "warning", not_now: "neutral", unsubscribe: "danger", out_of_office: "neutral", other: "neutral" };

/** A reply's class, as the classifier read it. */
export function ClassificationBadge({ classification }: { classification: string }) {
  return <Badge tone={CLASS_TONE[classification] ?? "neutral"} data-testid="reply-classification">{useT().sdr.shared.classifications[classification] ?? classification}</Badge>;
}
