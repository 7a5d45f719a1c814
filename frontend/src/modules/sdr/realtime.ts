import type { QueryClient, QueryKey } from "@tanstack/react-query";

import type { RealtimeHandlers } from "@/realtime/handlers";

import { sdrKeys } from "./shared/keys";

/** `sdr.reply_received`, to every staff member of the organization: where a lead's reply landed (ids and labels only). */
interface ReplyReceived {
  enrollment_id: string;
  campaign_id: string;
  classification: string;
  channel: string;
}

function isReplyReceived(data: Record<string, unknown>): data is Record<string, unknown> & ReplyReceived {
  return typeof data.enrollment_id === "string" && typeof data.campaign_id === "string";
}

function isSdrRun(data: Record<string, unknown>): boolean {
  return typeof data.agent === "string" && data.agent.startsWith("sdr_");
}

/** A bulk approval ends hundreds of runs in a burst: each list refetches at once, then at most once more a second later. */
const WINDOW_MS = 1_000;
const bursts = new WeakMap<QueryClient, Map<string, { again: boolean }>>();

function refresh(queryClient: QueryClient, ...keys: QueryKey[]): void {
  const open = bursts.get(queryClient) ?? new Map<string, { again: boolean }>();
  bursts.set(queryClient, open);
  for (const queryKey of keys) {
    const id = JSON.stringify(queryKey);
    const burst = open.get(id);
    if (burst) {
      burst.again = true;
      continue;
    }
    const state = { again: false };
    open.set(id, state);
    void queryClient.invalidateQueries({ queryKey });
    setTimeout(() => {
      open.delete(id);
      if (state.again) void queryClient.invalidateQueries({ queryKey });
    }, WINDOW_MS);
  }
}

/**
 * New drafts wait (`ai.approval_requested`) or are decided elsewhere (`ai.approval_decided`):
 * the queue (and a conversation showing the draft) refreshes. An SDR agent run that ends (a
 * message sent, rejected, blocked) moves its campaign and conversation on. A reply
 * (`sdr.reply_received`, seen by all the organization's staff; the campaign's owner also gets
 * the `sdr.reply` notification and its toast) refreshes the inbox, the campaign list, that
 * campaign and that conversation.
 */
export const sdrRealtimeHandlers: RealtimeHandlers = {
  "ai.approval_requested": (_data, { queryClient }) => refresh(queryClient, sdrKeys.approvals, sdrKeys.enrollments),
  "ai.approval_decided": (_data, { queryClient }) => refresh(queryClient, sdrKeys.approvals),
  "ai.agent_run_finished": (data, { queryClient }) => {
    if (isSdrRun(data)) refresh(queryClient, sdrKeys.campaigns, sdrKeys.enrollments, sdrKeys.conversations);
  },
  "sdr.reply_received": (data, { queryClient }) => {
    if (!isReplyReceived(data)) return;
    refresh(queryClient, sdrKeys.conversations, sdrKeys.campaignList, sdrKeys.campaign(data.campaign_id), sdrKeys.enrollment(data.enrollment_id));
  },
};
