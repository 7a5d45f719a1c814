import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderWithProviders, signInAs } from "@/test/providers";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";
import { user } from "@/test/users";

import { DraftCard, editsOf } from "./draft-card";
import { useBulkApprove, useDrafts, useRejectDraft } from "./queries";
import { CAMPAIGN_ID, draft, invalid, problemHeaders } from "../test/fixtures";

const DIRETOR = user({ role: "Diretor", permissions: ["sdr:read", "sdr:write"] });

function serveQueue(ids: string[]) {
  const requests: URL[] = [];
  server.use(
    http.get(`${BACKEND}/api/v1/sdr/approvals`, ({ request }) => {
      requests.push(new URL(request.url));
      return HttpResponse.json({ items: ids.map((id) => draft(id)), next_cursor: null });
    }),
  );
  return requests;
}

describe("what an approval sends", () => {
  it("only what the reviewer changed; nothing, the draft as written", () => {
    const written = draft("a1", { subject: "Vídeos" });
    expect(editsOf(written, written.text, "Vídeos")).toEqual({});
    expect(editsOf(written, "  Outro texto ", "Vídeos para eventos")).toEqual({ text: "Outro texto", subject: "Vídeos para eventos" });
    expect(editsOf(draft("a2"), draft("a2").text, "ignored on WhatsApp")).toEqual({});
  });
});

describe("the approval queue", () => {
  it("lists one campaign's drafts; a rejection takes the draft off the queue with the reason", async () => {
    signedInSession();
    const requests = serveQueue(["a1", "a2"]);
    let reason: unknown;
    server.use(
      http.post(`${BACKEND}/api/v1/sdr/approvals/a1/reject`, async ({ request }) => {
        reason = await request.json();
        return HttpResponse.json({ approval_id: "a1", status: "rejected" });
      }),
    );
    const { result } = renderQueryHook(() => {
      const queue = useDrafts(CAMPAIGN_ID);
      return { ids: queue.data?.pages.flatMap((page) => page.items).map((item) => item.approval_id), reject: useRejectDraft() };
    });
    await waitFor(() => expect(result.current.ids).toEqual(["a1", "a2"]));
    expect(requests[0]!.searchParams.get("campaign_id")).toBe(CAMPAIGN_ID);
    await act(() => result.current.reject.mutateAsync({ approvalId: "a1", reason: "Tom inadequado" }));
    expect(reason).toEqual({ reason: "Tom inadequado" });
    expect(result.current.ids).toContain("a2");
  });

  it("bulk approves in one request; those that failed stay in the queue", async () => {
    signedInSession();
    let queue = ["a1", "a2", "a3"];
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/approvals`, () => HttpResponse.json({ items: queue.map((id) => draft(id)), next_cursor: null })),
      http.post(`${BACKEND}/api/v1/sdr/approvals/bulk-approve`, async ({ request }) => {
        const { approval_ids: ids } = (await request.json()) as { approval_ids: string[] };
        expect(ids).toEqual(["a1", "a3"]);
        queue = queue.filter((id) => id !== "a1");
        return HttpResponse.json({ approved: ["a1"], failed: [{ approval_id: "a3", message: "already decided" }] });
      }),
    );
    const { result } = renderQueryHook(() => {
      const drafts = useDrafts(null);
      return { ids: drafts.data?.pages.flatMap((page) => page.items).map((item) => item.approval_id), bulk: useBulkApprove() };
    });
    await waitFor(() => expect(result.current.ids).toEqual(["a1", "a2", "a3"]));
    const outcome = await act(() => result.current.bulk.mutateAsync(["a1", "a3"]));
    expect(outcome.failed).toEqual([{ approval_id: "a3", message: "already decided" }]);
    await waitFor(() => expect(result.current.ids).toEqual(["a2", "a3"]));
  });
});

describe("a draft's card", () => {
  it("is edited inline, then approved with the new text; the API's error shows at the text", async () => {
    await signInAs(DIRETOR);
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/sdr/approvals/a1/approve`, async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? HttpResponse.json(invalid([{ field: "text", message: "String should have at most 4000 characters" }]), { status: 422, headers: problemHeaders })
          : HttpResponse.json({ approval_id: "a1", status: "approved" });
      }),
    );
    renderWithProviders(<DraftCard draft={draft("a1")} writable selected={false} onSelect={() => undefined} onReject={() => undefined} />);
    const card = screen.getByRole("region", { name: "Eventos a1" });
    expect(within(card).getByTestId("draft-to").textContent).toBe("+55 (21) 3333-4444");
    expect(within(card).getByRole("button", { name: "Aprovar" })).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Editar" }));
    fireEvent.change(within(card).getByLabelText("Mensagem"), { target: { value: "Olá, Ana! Texto revisto." } });
    expect(within(card).getByText("Editado")).toBeTruthy();
    fireEvent.click(within(card).getByRole("button", { name: "Salvar e aprovar" }));
    await waitFor(() => expect(within(card).getByText("String should have at most 4000 characters")).toBeTruthy());
    fireEvent.click(within(card).getByRole("button", { name: "Salvar e aprovar" }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ text: "Olá, Ana! Texto revisto.", subject: null });
  });

  it("says when the lead is a demo one (sandbox only) and when rules, not a model, wrote the text", async () => {
    await signInAs(DIRETOR);
    const { rerender } = renderWithProviders(<DraftCard draft={draft("a1", { demo: true, offline: true })} writable selected={false} onSelect={() => undefined} onReject={() => undefined} />);
    expect(screen.getByTestId("demo-badge").textContent).toBe("Demo");
    expect(screen.getByTestId("demo-badge").getAttribute("title")).toContain("só chega ao sandbox");
    expect(screen.getByTestId("draft-offline").textContent).toBe("Escrito por regras (offline)");
    rerender(<DraftCard draft={draft("a2")} writable selected={false} onSelect={() => undefined} onReject={() => undefined} />);
    expect(screen.queryByTestId("demo-badge")).toBeNull();
    expect(screen.queryByTestId("draft-offline")).toBeNull();
  });

  it("shows no actions to someone who only reads", async () => {
    await signInAs(user({ role: "Comercial", permissions: ["sdr:read"] }));
    renderWithProviders(<DraftCard draft={draft("a1")} writable={false} selected={false} onSelect={() => undefined} onReject={() => undefined} />);
    expect(screen.queryByRole("button")).toBeNull();
    expect(screen.queryByRole("checkbox")).toBeNull();
  });
});
