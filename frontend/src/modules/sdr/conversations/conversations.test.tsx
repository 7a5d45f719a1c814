import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/problem";
import { dictionaryFor } from "@/i18n/dictionary";
import { renderWithProviders, signInAs } from "@/test/providers";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";
import { user } from "@/test/users";

import { MessageList } from "./message-list";
import { useConversations, useMessages, useSendReply } from "./queries";
import { refusalOf, ReplyBox } from "./reply-box";
import { CAMPAIGN_ID, conversation, message, problemHeaders, refused } from "../test/fixtures";

describe("the replies inbox", () => {
  it("asks for one classification, and for the next page with the cursor", async () => {
    signedInSession();
    const requests: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/conversations`, ({ request }) => {
        const url = new URL(request.url);
        requests.push(url);
        return url.searchParams.get("cursor")
          ? HttpResponse.json({ items: [conversation("e3")], next_cursor: null })
          : HttpResponse.json({ items: [conversation("e1"), conversation("e2")], next_cursor: "next" });
      }),
    );
    const { result } = renderQueryHook(() => useConversations("interested"));
    await waitFor(() => expect(result.current.data?.pages[0]!.items).toHaveLength(2));
    expect(Object.fromEntries(requests[0]!.searchParams)).toEqual({ classification: "interested", limit: "50" });
    await act(() => result.current.fetchNextPage());
    expect(requests[1]!.searchParams.get("cursor")).toBe("next");
  });
});

describe("a conversation", () => {
  it("a reply sent from it joins the messages at once", async () => {
    signedInSession();
    let body: unknown;
    const sent = message("m2", { text: "Claro, Ana! Segue o portfólio.", status: "sandboxed" });
    let listed = [message("m1")];
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/enrollments/e1/messages`, () => HttpResponse.json(listed)),
      http.post(`${BACKEND}/api/v1/sdr/enrollments/e1/messages`, async ({ request }) => {
        body = await request.json();
        listed = [...listed, sent];
        return HttpResponse.json(sent, { status: 201 });
      }),
    );
    const { result } = renderQueryHook(() => ({ messages: useMessages("e1"), send: useSendReply("e1") }));
    await waitFor(() => expect(result.current.messages.data).toHaveLength(1));
    await act(() => result.current.send.mutateAsync({ text: "Claro, Ana! Segue o portfólio." }));
    expect(body).toEqual({ text: "Claro, Ana! Segue o portfólio." });
    expect(result.current.messages.data?.map((m) => m.id)).toEqual(["m1", "m2"]);
  });

  it("shows ours with their status and theirs with the reply's class", async () => {
    await signInAs(user({ role: "Diretor", permissions: ["sdr:read", "sdr:write"] }));
    renderWithProviders(
      <MessageList
        campaignId={CAMPAIGN_ID}
        messages={[
          message("m1"),
          message("m2", { direction: "in", status: "received", text: "Tenho interesse", classification: "interested" }),
          message("m3", { status: "awaiting_approval", sent_at: null }),
        ]}
      />,
    );
    expect(screen.getAllByTestId("message-status").map((chip) => chip.textContent)).toEqual(["Sandbox (não enviada)", "Aguardando aprovação"]);
    expect(screen.getByTestId("reply-classification").textContent).toBe("Interessado");
    expect(screen.getByRole("link", { name: "Ver na fila de aprovação" }).getAttribute("href")).toBe(`/sdr/approvals?campaign=${CAMPAIGN_ID}`);
  });

  it.each([
    ["suppressed", "Este contato está na lista de supressão: nada foi enviado."],
    ["demo_lead", "Lead de demonstração: só recebe mensagens no sandbox, e o sandbox está desligado. Nada foi enviado."],
    ["no_address", "Este lead não tem endereço neste canal: nada foi enviado."],
    ["other_reason", "Not sent: other_reason"],
  ])("says why the API refused to send (409 %s) instead of sending", async (code, shown) => {
    await signInAs(user({ role: "Diretor", permissions: ["sdr:read", "sdr:write"] }));
    server.use(http.post(`${BACKEND}/api/v1/sdr/enrollments/e1/messages`, () => HttpResponse.json(refused(code), { status: 409, headers: problemHeaders })));
    renderWithProviders(<ReplyBox enrollmentId="e1" channel="whatsapp" />);
    fireEvent.change(screen.getByLabelText("Mensagem"), { target: { value: "Oi" } });
    fireEvent.click(screen.getByRole("button", { name: "Enviar" }));
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe(shown));
  });

  it("has words for every refusal code, in both languages", () => {
    const codes = ["suppressed", "demo_lead", "no_address", "enrollment_finished", "enrollment_gone"];
    for (const locale of ["pt-BR", "en"] as const) {
      const words = dictionaryFor(locale).sdr.conversations.reply.refused;
      for (const code of codes) expect(refusalOf(new ApiError(refused(code)), words)).toBe(words[code]);
      expect(refusalOf(new ApiError(refused("unknown")), words)).toBeNull();
    }
    expect(dictionaryFor("en").sdr.conversations.reply.refused.enrollment_gone).toBe("This enrollment no longer exists: nothing was sent.");
  });
});
