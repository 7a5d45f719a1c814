import { describe, expect, it } from "vitest";

import {
  activeFilterCount,
  cleanFilters,
  customCondition,
  defaultState,
  exportFilename,
  nextSort,
  sameState,
  stateOf,
  withCustomCondition,
} from "./list-state";
import { dayInSaoPaulo } from "../../shared/dates";

describe("cleanFilters", () => {
  it("keeps only what the list endpoint should get", () => {
    expect(cleanFilters({ q: " a ", owner_id: "", tag_ids: [], size: null, state: "SP" })).toEqual({ state: "SP" });
    expect(cleanFilters({ q: " ana ", tag_ids: ["t1", "t1", "t2"], opted_out: false })).toEqual({
      q: "ana",
      tag_ids: ["t1", "t2"],
      opted_out: false,
    });
  });
});

describe("saved views", () => {
  it("turn into the list's state, unknown columns dropped and the name column first", () => {
    const view = { filters: { q: "acme", tag_ids: ["t1"] }, sort: "legal_name", columns: ["tags", "bogus", "cnpj"] };
    expect(stateOf("company", view)).toEqual({ filters: { q: "acme", tag_ids: ["t1"] }, sort: "legal_name", columns: ["legal_name", "cnpj", "tags"] });
    expect(stateOf("contact", { filters: {}, sort: null, columns: [] })).toEqual(defaultState("contact"));
  });

  it("differ from the state once a filter, the sort or a column changes, not for key order or empties", () => {
    const view = stateOf("company", { filters: { q: "acme", size: "micro" }, sort: "-created_at", columns: [] });
    expect(sameState(view, { ...view, filters: { size: "micro", q: "acme", tag_ids: [] } })).toBe(true);
    expect(sameState(view, { ...view, filters: { ...view.filters, state: "RJ" } })).toBe(false);
    expect(sameState(view, { ...view, sort: "legal_name" })).toBe(false);
    expect(sameState(view, { ...view, columns: [...view.columns, "website"] })).toBe(false);
  });
});

describe("sorting", () => {
  it("flips the column's direction, and starts names A-Z and dates newest first", () => {
    expect(nextSort("-created_at", "legal_name")).toBe("legal_name");
    expect(nextSort("legal_name", "legal_name")).toBe("-legal_name");
    expect(nextSort("-legal_name", "legal_name")).toBe("legal_name");
    expect(nextSort("legal_name", "created_at")).toBe("-created_at");
  });
});

describe("filter helpers", () => {
  it("count the filters set besides the search (a date range counts once)", () => {
    expect(activeFilterCount({ q: "acme" })).toBe(0);
    expect(activeFilterCount({ owner_id: "u1", created_from: "x", created_to: "y", custom: ["a=1", "b=2"] })).toBe(4);
  });

  it("set and read `key=value` custom field conditions", () => {
    const custom = withCustomCondition(["segmento=Varejo"], "porte", "grande");
    expect(custom).toEqual(["segmento=Varejo", "porte=grande"]);
    expect(customCondition(custom, "porte")).toBe("grande");
    expect(withCustomCondition(custom, "segmento", "")).toEqual(["porte=grande"]);
  });

  it("show a filter's instant as its São Paulo day", () => {
    expect(dayInSaoPaulo("2026-03-01T00:00:00.000-03:00")).toBe("2026-03-01");
    expect(dayInSaoPaulo("2026-03-02T02:59:59Z")).toBe("2026-03-01");
    expect(dayInSaoPaulo(undefined)).toBe("");
  });

  it("name an export the way the backend does, in São Paulo time", () => {
    expect(exportFilename("contact", "xlsx", new Date("2026-12-01T13:05:00Z"))).toBe("crm-contacts-20261201-1005.xlsx");
  });
});
