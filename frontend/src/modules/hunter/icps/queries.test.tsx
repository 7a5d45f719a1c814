import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { namedFormErrors } from "@/components/form-errors";
import { dictionaryFor } from "@/i18n/dictionary";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { versionChanges } from "./changes";
import { criteriaOf, draftOf, pointShares } from "./criteria";
import { ICP_FIELDS } from "./icp-editor";
import { icpKeys, useCreateIcp, useIcp, useIcps, useIcpVersions, useUpdateIcp } from "./queries";
import { icp, ICP_ID, problem } from "../test/fixtures";

const t = dictionaryFor("pt-BR");

describe("the ICP editor's criteria", () => {
  it("sends what was typed, numbers as numbers, and drops a required criterion left with nothing set", () => {
    const draft = { ...draftOf(), industries: ["publicidade"], states: ["SP"], employees_min: "10", required: ["industry" as const, "cnae" as const] };
    expect(criteriaOf(draft)).toMatchObject({ industries: ["publicidade"], states: ["SP"], employees_min: 10, employees_max: null, required: ["industry"] });
  });

  it("shows each criterion's share of the 100 points: only those set, by weight", () => {
    const shares = pointShares(icp().criteria);
    expect(shares.map((s) => [s.criterion, Math.round(s.points)])).toEqual([["industry", 33], ["location", 33], ["contactable", 22], ["web_presence", 11]]);
    // weight 0 leaves a criterion out
    expect(pointShares({ ...icp().criteria, weights: { ...icp().criteria.weights, web_presence: 0 } }).map((s) => s.criterion)).not.toContain("web_presence");
  });

  it("says what changed from one version to the next", () => {
    const before = { criteria: { industries: ["publicidade", "eventos"], states: ["SP"], weights: { location: 3 } }, threshold: 70 };
    const after = { criteria: { industries: ["publicidade", "marketing"], states: ["SP", "RJ"], employees_max: 50, weights: { location: 5 } }, threshold: 75 };
    expect(versionChanges(before, after)).toEqual([
      { kind: "list", field: "industries", added: ["marketing"], removed: ["eventos"] },
      { kind: "list", field: "states", added: ["RJ"], removed: [] },
      { kind: "value", field: "employees_max", from: null, to: 50 },
      { kind: "value", field: "threshold", from: 70, to: 75 },
      { kind: "weight", criterion: "location", from: 3, to: 5 },
    ]);
  });
});

describe("useCreateIcp and useUpdateIcp", () => {
  it("creates the ICP with its criteria, and keeps it for its page", async () => {
    signedInSession();
    const bodies: unknown[] = [];
    server.use(
      http.post(`${BACKEND}/api/v1/hunter/icps`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(icp(), { status: 201 });
      }),
    );
    const { result, queryClient } = renderQueryHook(() => useCreateIcp());
    const body = { name: "Agências de publicidade em SP", description: null, criteria: criteriaOf({ ...draftOf(), industries: ["publicidade"], states: ["SP"] }), threshold: 70 };
    await act(() => result.current.mutateAsync(body));
    expect(bodies[0]).toMatchObject({ name: "Agências de publicidade em SP", threshold: 70, criteria: { industries: ["publicidade"], states: ["SP"], required: [] } });
    expect(queryClient.getQueryData(icpKeys.icp(ICP_ID))).toMatchObject({ name: "Agências de publicidade em SP", version: 1 });
  });

  it("puts the backend's field errors next to the fields, a criteria-level one on the field it names", async () => {
    signedInSession();
    server.use(
      http.patch(`${BACKEND}/api/v1/hunter/icps/${ICP_ID}`, () =>
        HttpResponse.json(
          problem(422, "validation_error", [
            { field: "criteria.cnae_codes", message: "each CNAE code has 2 to 7 digits" },
            { field: "criteria", message: "employees_min: above employees_max" },
          ]),
          { status: 422, headers: { "Content-Type": "application/problem+json" } },
        ),
      ),
    );
    const { result } = renderQueryHook(() => useUpdateIcp(ICP_ID));
    await act(async () => {
      await result.current.mutateAsync({ criteria: { cnae_codes: ["1"], employees_min: 50, employees_max: 10 } }).catch(() => undefined);
    });
    const errors = namedFormErrors(result.current.error, ICP_FIELDS, t);
    expect(errors.field("criteria.cnae_codes")).toBe("each CNAE code has 2 to 7 digits");
    expect(errors.field("criteria.employees_min")).toBe("above employees_max");
    expect(errors.general).toBeNull();
  });

  it("a saved edit refreshes the ICP, its versions and the lists", async () => {
    signedInSession();
    let versionsServed = 0;
    let listsServed = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/icps`, () => {
        listsServed += 1;
        return HttpResponse.json({ items: [icp({ version: listsServed })], next_cursor: null });
      }),
      http.get(`${BACKEND}/api/v1/hunter/icps/${ICP_ID}`, () => HttpResponse.json(icp())),
      http.get(`${BACKEND}/api/v1/hunter/icps/${ICP_ID}/versions`, () => {
        versionsServed += 1;
        return HttpResponse.json([{ version: 1, criteria: icp().criteria, threshold: 70, created_by: null, created_at: "2026-12-01T10:00:00Z" }]);
      }),
      http.patch(`${BACKEND}/api/v1/hunter/icps/${ICP_ID}`, () => HttpResponse.json(icp({ version: 2, threshold: 75 }))),
    );
    const { result } = renderQueryHook(() => ({ list: useIcps(), one: useIcp(ICP_ID), versions: useIcpVersions(ICP_ID), update: useUpdateIcp(ICP_ID) }));
    await waitFor(() => expect(result.current.versions.isSuccess && result.current.list.isSuccess && result.current.one.isSuccess).toBe(true));
    expect(listsServed).toBe(1);

    await act(() => result.current.update.mutateAsync({ threshold: 75 }));
    expect(result.current.one.data).toMatchObject({ version: 2, threshold: 75 });
    await waitFor(() => expect(versionsServed).toBe(2));
    await waitFor(() => expect(result.current.list.data?.pages[0]?.items[0]?.version).toBe(2));
  });
});
