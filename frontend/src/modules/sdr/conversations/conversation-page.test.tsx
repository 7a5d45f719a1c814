import { act, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { dictionaryFor } from "@/i18n/dictionary";
import { renderWithProviders, signInAs } from "@/test/providers";
import { BACKEND, server } from "@/test/server";
import { user } from "@/test/users";

import { ConversationPage } from "./conversation-page";
import { replyChannel } from "./queries";
import { sdrRealtimeHandlers } from "../realtime";
import { CAMPAIGN_ID, enrollment, message } from "../test/fixtures";

const DIRETOR = user({ role: "Diretor", permissions: ["sdr:read", "sdr:write"] });

describe("the channel a person's answer goes out on", () => {
  it("is the one the lead last wrote on, else the last one used, else WhatsApp when there is a phone", () => {
    const lead = enrollment("e1");
    const sent = message("m1", { channel: "email" });
    expect(replyChannel([sent, message("m2", { direction: "in", channel: "whatsapp" }), message("m3", { channel: "email" })], lead)).toBe("whatsapp");
    expect(replyChannel([sent], lead)).toBe("email");
    expect(replyChannel([], lead)).toBe("whatsapp");
    expect(replyChannel([], enrollment("e1", { phone: null }))).toBe("email");
  });
});

describe("a conversation's page", () => {
  function serve(state: { replied: boolean }) {
    const campaignLoads: string[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/enrollments/e1`, () =>
        HttpResponse.json(enrollment("e1", state.replied ? { status: "finished", finish_reason: "replied", replied_at: "2026-12-01T13:00:00Z" } : { status: "active" })),
      ),
      http.get(`${BACKEND}/api/v1/sdr/enrollments/e1/messages`, () =>
        HttpResponse.json(state.replied ? [message("m1"), message("m2", { direction: "in", status: "received", text: "Tenho interesse", classification: "interested" })] : [message("m1")]),
      ),
      http.get(`${BACKEND}/api/v1/sdr/campaigns/:id`, ({ request }) => {
        campaignLoads.push(request.url);
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    return campaignLoads;
  }

  it("heads with the lead from its enrollment (no campaign loaded), and a reply received moves it on live", async () => {
    await signInAs(DIRETOR);
    const state = { replied: false };
    const campaignLoads = serve(state);
    const { queryClient } = renderWithProviders(<ConversationPage campaignId={CAMPAIGN_ID} enrollmentId="e1" />);
    expect(await screen.findByRole("heading", { level: 1, name: "Eventos e1" })).toBeTruthy();
    expect(screen.getByText("Ana Souza")).toBeTruthy();
    expect(screen.getByText("Dados de demonstração")).toBeTruthy();
    expect(screen.getByTestId("enrollment-status").textContent).toBe("Em cadência");
    expect(screen.getByRole("button", { name: "Aceitar lead" })).toBeTruthy();

    state.replied = true;
    const event = { event_id: "ev1", organization_id: "o1", occurred_at: "2026-12-01T13:00:00Z", enrollment_id: "e1", campaign_id: CAMPAIGN_ID, classification: "interested", channel: "whatsapp" };
    act(() => sdrRealtimeHandlers["sdr.reply_received"]!(event, { queryClient, t: dictionaryFor("pt-BR"), navigate: () => undefined }));
    await waitFor(() => expect(screen.getByTestId("enrollment-status").textContent).toBe("Respondeu"));
    expect(screen.getByTestId("reply-classification").textContent).toBe("Interessado");
    expect(campaignLoads).toEqual([]);
  });

  it("says not found when the enrollment is not there (or not the reader's)", async () => {
    await signInAs(DIRETOR);
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/enrollments/e1`, () => HttpResponse.json({ status: 404, code: "not_found", title: "Not found" }, { status: 404, headers: { "Content-Type": "application/problem+json" } })),
      http.get(`${BACKEND}/api/v1/sdr/enrollments/e1/messages`, () => HttpResponse.json([])),
    );
    renderWithProviders(<ConversationPage campaignId={CAMPAIGN_ID} enrollmentId="e1" />);
    expect(await screen.findByRole("heading", { level: 1, name: "Não encontrado" })).toBeTruthy();
  });
});
