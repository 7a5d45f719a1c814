"use client";

import Link from "next/link";

import { formatDateTime } from "@/i18n/format";
import { useT } from "@/i18n/i18n-provider";
import { cn } from "@/lib/cn";

import type { Message } from "./queries";
import { ChannelBadge, ClassificationBadge, MessageStatusChip } from "../shared/badges";

function when(message: Message, labels: ReturnType<typeof useT>["sdr"]["conversations"]): string {
  if (message.direction === "in") return labels.receivedAt(formatDateTime(message.sent_at ?? message.created_at));
  return message.sent_at ? labels.sentAt(formatDateTime(message.sent_at)) : labels.draftedAt(formatDateTime(message.created_at));
}

/** The conversation as a chat: ours on the right with their status, the lead's on the left with the reply's class. */
export function MessageList({ messages, campaignId }: { messages: Message[]; campaignId: string }) {
  const t = useT();
  const labels = t.sdr.conversations;
  if (messages.length === 0) return <p className="py-8 text-center text-sm text-muted-foreground">{labels.empty1}</p>;
  return (
    <ol className="grid gap-3" aria-label={labels.conversationTitle}>
      {messages.map((message) => {
        const out = message.direction === "out";
        return (
          <li key={message.id} className={cn("flex", out ? "justify-end" : "justify-start")} data-message-id={message.id} data-direction={message.direction}>
            <article className={cn("grid max-w-[85%] gap-2 rounded-lg border p-3 text-sm shadow-xs sm:max-w-[70%]", out ? "border-primary/30 bg-primary/5" : "bg-card")} aria-label={out ? labels.outgoing : labels.incoming}>
              <header className="flex flex-wrap items-center gap-1.5 text-xs text-muted-foreground">
                <ChannelBadge channel={message.channel} />
                <span>{t.sdr.shared.stepN(message.step_index)}</span>
                <span>·</span>
                <span>{when(message, labels)}</span>
              </header>
              {message.subject && <p className="font-medium">{message.subject}</p>}
              <p className="whitespace-pre-wrap" data-testid="message-text">{message.text}</p>
              <footer className="flex flex-wrap items-center gap-1.5">
                {out ? <MessageStatusChip status={message.status} /> : message.classification && <ClassificationBadge classification={message.classification} />}
                {message.status === "awaiting_approval" && (
                  <Link href={`/sdr/approvals?campaign=${campaignId}`} className="text-xs text-primary hover:underline">{labels.awaitingLink}</Link>
                )}
              </footer>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
