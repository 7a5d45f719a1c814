import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { moneyValue } from "./accept-dialog";
import { leadIdsOf } from "./new-campaign-page";
import { useAcceptLead, useCampaign, useCampaignTransition, useCreateCampaign, useEnrollmentTransition } from "./queries";
import { useEnrollment } from "../conversations/queries";
import { sdrKeys } from "../shared/keys";
import { campaign, CAMPAIGN_ID, CADENCE_ID, enrollment, LEAD_ID } from "../test/fixtures";

describe("starting a campaign", () => {
  it("reads the hunter's selection from the address, once each, at most 500", () => {
    expect(leadIdsOf("a, b,,a")).toEqual(["a", "b"]);
    expect(leadIdsOf(null)).toEqual([]);
    expect(leadIdsOf(Array.from({ length: 600 }, (_, i) => `l${i}`).join(","))).toHaveLength(500);
  });

  it("sends the name, the cadence and the leads, and keeps the new campaign", async () => {
    signedInSession();
    let body: unknown;
    server.use(
      http.post(`${BACKEND}/api/v1/sdr/campaigns`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(campaign(), { status: 201 });
      }),
    );
    const { result, queryClient } = renderQueryHook(() => useCreateCampaign());
    await act(() => result.current.mutateAsync({ name: "Eventos RJ", cadence_id: CADENCE_ID, lead_ids: ["l1", "l2"] }));
    expect(body).toEqual({ name: "Eventos RJ", cadence_id: CADENCE_ID, lead_ids: ["l1", "l2"] });
    expect(queryClient.getQueryData(sdrKeys.campaign(CAMPAIGN_ID))).toMatchObject({ name: "Eventos RJ" });
  });
});

describe("pausing and resuming", () => {
  it("a campaign's new status shows at once, its leads kept", async () => {
    signedInSession();
    let status: "active" | "paused" = "active";
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/campaigns/${CAMPAIGN_ID}`, () => HttpResponse.json(campaign({ status }))),
      http.post(`${BACKEND}/api/v1/sdr/campaigns/${CAMPAIGN_ID}/pause`, () => {
        status = "paused";
        const { enrollments: _enrollments, ...read } = campaign({ status });
        return HttpResponse.json(read);
      }),
    );
    const { result } = renderQueryHook(() => ({ detail: useCampaign(CAMPAIGN_ID), change: useCampaignTransition(CAMPAIGN_ID) }));
    await waitFor(() => expect(result.current.detail.data?.status).toBe("active"));
    await act(() => result.current.change.mutateAsync("pause"));
    await waitFor(() => expect(result.current.detail.data?.status).toBe("paused"));
    expect(result.current.detail.data?.enrollments).toHaveLength(2);
  });

  it("one lead's cadence: its row changes in the campaign, and in its conversation", async () => {
    signedInSession();
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/campaigns/${CAMPAIGN_ID}`, () => HttpResponse.json(campaign({ enrollments: [enrollment("e1", { status: "active" }), enrollment("e2")] }))),
      http.post(`${BACKEND}/api/v1/sdr/enrollments/e1/pause`, () => HttpResponse.json(enrollment("e1", { status: "paused" }))),
      http.get(`${BACKEND}/api/v1/sdr/campaigns/${CAMPAIGN_ID}/metrics`, () => HttpResponse.json({ campaign_id: CAMPAIGN_ID, totals: {}, steps: [] })),
    );
    const { result, queryClient } = renderQueryHook(() => ({ detail: useCampaign(CAMPAIGN_ID), change: useEnrollmentTransition() }));
    await waitFor(() => expect(result.current.detail.data).toBeDefined());
    await act(() => result.current.change.mutateAsync({ id: "e1", transition: "pause" }));
    await waitFor(() => expect(result.current.detail.data?.enrollments.map((e) => e.status)).toEqual(["paused", "pending_approval"]));
    expect(queryClient.getQueryData(sdrKeys.enrollment("e1"))).toMatchObject({ status: "paused" });
  });
});

describe("accepting a lead", () => {
  it("writes the value the Brazilian way or plainly, as the API's decimal", () => {
    expect(moneyValue("15.000,00")).toBe("15000.00");
    expect(moneyValue("R$ 2.500,5")).toBe("2500.50");
    expect(moneyValue("1200.75")).toBe("1200.75");
    expect(moneyValue("")).toBe("0");
  });

  it("posts the deal's title and value, then the campaigns and the conversation refresh (the lead shows accepted)", async () => {
    signedInSession();
    let body: unknown;
    const accepted = () => (body ? "2026-12-01T14:00:00Z" : null);
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/campaigns/${CAMPAIGN_ID}`, () => HttpResponse.json(campaign({ enrollments: [enrollment("e1", { accepted_at: accepted() })] }))),
      http.get(`${BACKEND}/api/v1/sdr/enrollments/e1`, () => HttpResponse.json(enrollment("e1", { accepted_at: accepted() }))),
      http.post(`${BACKEND}/api/v1/sdr/leads/${LEAD_ID}/accept`, async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ lead_id: LEAD_ID, source_id: LEAD_ID }, { status: 202 });
      }),
    );
    const { result } = renderQueryHook(() => ({ detail: useCampaign(CAMPAIGN_ID), lead: useEnrollment("e1"), accept: useAcceptLead() }));
    await waitFor(() => expect(result.current.detail.data && result.current.lead.data).toBeDefined());
    await act(() => result.current.accept.mutateAsync({ leadId: LEAD_ID, body: { deal_title: "Eventos e1: primeiro projeto", deal_value: "15000.00" } }));
    expect(body).toEqual({ deal_title: "Eventos e1: primeiro projeto", deal_value: "15000.00" });
    await waitFor(() => expect(result.current.detail.data?.enrollments[0]!.accepted_at).toBe("2026-12-01T14:00:00Z"));
    await waitFor(() => expect(result.current.lead.data?.accepted_at).toBe("2026-12-01T14:00:00Z"));
  });
});
