import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderWithProviders, signInAs } from "@/test/providers";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";
import { user } from "@/test/users";

import { AddSuppressionDialog } from "./add-form";
import { useRemoveSuppression, useSuppression, type Suppression } from "./queries";
import { invalid, problemHeaders } from "../test/fixtures";

const entry = (id: string, extra: Partial<Suppression> = {}): Suppression => ({
  id,
  kind: "email",
  value: `${id}@exemplo.com.br`,
  reason: "manual",
  note: null,
  added_by: null,
  created_at: "2026-12-01T10:00:00Z",
  ...extra,
});

describe("the suppression list", () => {
  it("searches, and a removal refreshes it", async () => {
    signedInSession();
    let entries = [entry("a"), entry("b")];
    const searched: (string | null)[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/suppression`, ({ request }) => {
        searched.push(new URL(request.url).searchParams.get("q"));
        return HttpResponse.json({ items: entries, next_cursor: null });
      }),
      http.delete(`${BACKEND}/api/v1/sdr/suppression/a`, () => {
        entries = entries.filter((item) => item.id !== "a");
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { result } = renderQueryHook(() => {
      const list = useSuppression("exemplo");
      return { ids: list.data?.pages.flatMap((page) => page.items).map((item) => item.id), remove: useRemoveSuppression() };
    });
    await waitFor(() => expect(result.current.ids).toEqual(["a", "b"]));
    expect(searched[0]).toBe("exemplo");
    await act(() => result.current.remove.mutateAsync("a"));
    await waitFor(() => expect(result.current.ids).toEqual(["b"]));
  });

  it("adding shows the API's error at the value, then sends kind, value, reason and note", async () => {
    await signInAs(user({ role: "Diretor", permissions: ["sdr:read", "sdr:write"] }));
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/sdr/suppression`, async ({ request }) => {
        bodies.push(await request.json());
        return bodies.length === 1
          ? HttpResponse.json(invalid([{ field: "value", message: "not a phone number" }]), { status: 422, headers: problemHeaders })
          : HttpResponse.json(entry("p", { kind: "phone", value: "+5521987654321", reason: "unsubscribed" }), { status: 201 });
      }),
    );
    renderWithProviders(<AddSuppressionDialog open onOpenChange={() => undefined} />);
    fireEvent.change(screen.getByLabelText("Tipo"), { target: { value: "phone" } });
    fireEvent.change(screen.getByLabelText("E-mail ou telefone"), { target: { value: "123" } });
    fireEvent.click(screen.getByRole("button", { name: "Adicionar" }));
    await waitFor(() => expect(screen.getByText("not a phone number")).toBeTruthy());
    expect(screen.getByLabelText("E-mail ou telefone").getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(screen.getByLabelText("E-mail ou telefone"), { target: { value: "(21) 98765-4321" } });
    fireEvent.change(screen.getByLabelText("Motivo"), { target: { value: "unsubscribed" } });
    fireEvent.change(screen.getByLabelText("Observação"), { target: { value: "Pediu por telefone" } });
    fireEvent.click(screen.getByRole("button", { name: "Adicionar" }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ kind: "phone", value: "(21) 98765-4321", reason: "unsubscribed", note: "Pediu por telefone" });
  });
});
