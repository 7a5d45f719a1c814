import { screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderHookWithProviders, renderWithProviders, signInAs } from "@/test/providers";
import { BACKEND, server } from "@/test/server";

import { OwnerSelect, useOwnerChoices, useOwnerName } from "./owners";
import { COLLEAGUES, COMERCIAL, DIRETOR } from "./testing";

/** `GET /crm/owners`, counting the requests (anything else, /admin/users included, is unhandled and fails). */
function serveOwners() {
  const requests: string[] = [];
  server.use(
    http.get(`${BACKEND}/api/v1/crm/owners`, ({ request }) => {
      requests.push(request.headers.get("Authorization") ?? "");
      return HttpResponse.json(COLLEAGUES);
    }),
  );
  return requests;
}

describe("owner names from /crm/owners", () => {
  it("name every owner for a director, who may give records to any of them", async () => {
    await signInAs(DIRETOR);
    const requests = serveOwners();
    const { result } = renderHookWithProviders(() => ({ name: useOwnerName(), choices: useOwnerChoices() }));
    await waitFor(() => expect(result.current.name(COMERCIAL.id)).toBe("Carla Comercial"));
    expect(result.current.name(DIRETOR.id)).toBe("Você");
    expect(result.current.name("00000000-0000-4000-8000-00000000dead")).toBe("Outro membro"); // no longer listed
    expect(result.current.name(null)).toBeUndefined();
    expect(result.current.choices).toEqual([
      { id: DIRETOR.id, name: "Você" },
      { id: COMERCIAL.id, name: "Carla Comercial" },
    ]);
    expect(requests).toEqual([`Bearer token-${DIRETOR.id}`]);
  });

  it("name the owners for a salesperson too, who may only keep records for themselves", async () => {
    await signInAs(COMERCIAL);
    serveOwners();
    const { result } = renderHookWithProviders(() => ({ name: useOwnerName(), choices: useOwnerChoices() }));
    await waitFor(() => expect(result.current.name(DIRETOR.id)).toBe("Diego Diretor"));
    expect(result.current.choices).toEqual([{ id: COMERCIAL.id, name: "Você" }]);
  });

  it("offer the owner select only to those with someone to choose", async () => {
    await signInAs(DIRETOR);
    serveOwners();
    const { unmount } = renderWithProviders(<OwnerSelect value={DIRETOR.id} onChange={() => undefined} />);
    const select = await screen.findByLabelText("Responsável");
    await waitFor(() => expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual(["Você", "Carla Comercial"]));
    unmount();

    await signInAs(COMERCIAL);
    renderWithProviders(<OwnerSelect value={COMERCIAL.id} onChange={() => undefined} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByLabelText("Responsável")).toBeNull();
  });
});
