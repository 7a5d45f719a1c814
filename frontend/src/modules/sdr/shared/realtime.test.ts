import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";

import { dictionaryFor } from "@/i18n/dictionary";
import { combineHandlers, realtimeHandlers, type RealtimeContext } from "@/realtime/handlers";

import { sdrKeys } from "./keys";
import { sdrRealtimeHandlers } from "../realtime";

function context(): RealtimeContext & { invalidated: unknown[] } {
  const queryClient = new QueryClient();
  const invalidated: unknown[] = [];
  vi.spyOn(queryClient, "invalidateQueries").mockImplementation(async (filters) => {
    invalidated.push(filters?.queryKey);
  });
  return { queryClient, t: dictionaryFor("pt-BR"), navigate: () => undefined, invalidated };
}

describe("the SDR's realtime events", () => {
  it("new drafts refresh the approval queue (and a conversation showing the draft)", () => {
    const ctx = context();
    sdrRealtimeHandlers["ai.approval_requested"]!({ approval_id: "a1", run_id: "r1", kind: "first_contact", title: "Primeiro contato" }, ctx);
    expect(ctx.invalidated).toEqual([sdrKeys.approvals, sdrKeys.enrollments]);
  });

  it("a burst of runs ending refreshes each list at once, then once more after a second", () => {
    vi.useFakeTimers();
    try {
      const ctx = context();
      const finished = { run_id: "r1", agent: "sdr_whatsapp", status: "succeeded" };
      for (let i = 0; i < 50; i += 1) sdrRealtimeHandlers["ai.agent_run_finished"]!(finished, ctx);
      expect(ctx.invalidated.filter((key) => key === sdrKeys.campaigns)).toHaveLength(1);
      vi.advanceTimersByTime(1_000);
      expect(ctx.invalidated.filter((key) => key === sdrKeys.campaigns)).toHaveLength(2);
      vi.advanceTimersByTime(1_000);
      sdrRealtimeHandlers["ai.agent_run_finished"]!(finished, ctx);
      expect(ctx.invalidated.filter((key) => key === sdrKeys.campaigns)).toHaveLength(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a reply received (every staff member gets it) refreshes the inbox, the campaign list, that campaign and that conversation", () => {
    const ctx = context();
    const event = { event_id: "ev1", organization_id: "o1", occurred_at: "2026-12-01T13:00:00Z", enrollment_id: "e1", campaign_id: "c1", classification: "interested", channel: "whatsapp" };
    sdrRealtimeHandlers["sdr.reply_received"]!(event, ctx);
    expect(ctx.invalidated).toEqual([sdrKeys.conversations, sdrKeys.campaignList, sdrKeys.campaign("c1"), sdrKeys.enrollment("e1")]);
  });

  it("leaves notifications to the notification center (the owner's toast of a reply)", () => {
    expect(sdrRealtimeHandlers["notifications.notification_created"]).toBeUndefined();
    expect(Object.keys(realtimeHandlers)).toEqual(expect.arrayContaining(["notifications.notification_created", "sdr.reply_received"]));
  });

  it("only the SDR's agent runs move campaigns on", () => {
    const ctx = context();
    sdrRealtimeHandlers["ai.agent_run_finished"]!({ run_id: "r1", agent: "hunter_qualifier", status: "succeeded" }, ctx);
    expect(ctx.invalidated).toEqual([]);
    sdrRealtimeHandlers["ai.agent_run_finished"]!({ run_id: "r1", agent: "sdr_whatsapp", status: "succeeded" }, ctx);
    expect(ctx.invalidated).toContainEqual(sdrKeys.campaigns);
  });
});

describe("the modules' handlers together", () => {
  it("run every module's handler of an event, in order", () => {
    const calls: string[] = [];
    const combined = combineHandlers({ a: () => calls.push("first") }, { a: () => calls.push("second"), b: () => calls.push("b") });
    combined.a!({}, context());
    expect(calls).toEqual(["first", "second"]);
    expect(Object.keys(realtimeHandlers)).toEqual(expect.arrayContaining(["notifications.notification_created", "ai.approval_requested", "hunter.search_finished"]));
  });
});
