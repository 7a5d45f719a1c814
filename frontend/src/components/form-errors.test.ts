import { describe, expect, it } from "vitest";

import { ApiError } from "@/api/problem";
import { dictionaryFor } from "@/i18n/dictionary";

import { formErrors, namedFormErrors } from "./form-errors";

const t = dictionaryFor("pt-BR");

const invalid = (errors: { field: string; message: string }[]) =>
  new ApiError({ title: "Invalid input", status: 422, code: "validation_error", detail: "One or more fields are invalid", errors });

describe("formErrors", () => {
  it("puts each backend error next to its field (list items under the list)", () => {
    const errors = formErrors(invalid([{ field: "email", message: "not an e-mail" }, { field: "scopes.1", message: "not the role's" }]), ["email", "scopes"], t);
    expect(errors.field("email")).toBe("not an e-mail");
    expect(errors.field("scopes")).toBe("not the role's");
    expect(errors.general).toBeNull();
  });

  it("says what no field of the form can show", () => {
    const errors = formErrors(invalid([{ field: "organization", message: "unknown" }]), ["email"], t);
    expect(errors.general).toBe("organization: unknown");
  });

  it("falls back to the problem's detail, or the request id to quote", () => {
    expect(formErrors(new ApiError({ title: "Conflict", status: 409, code: "conflict", detail: "E-mail in use" }), [], t).general).toBe("E-mail in use");
    expect(formErrors(new ApiError({ title: "Internal", status: 500, code: "internal_error", request_id: "abc" }), [], t).general).toBe(
      "Algo deu errado. Código para o suporte: abc",
    );
  });
});

describe("namedFormErrors", () => {
  it("moves a model-level message naming its field to that field (a whole body's, or a list item's)", () => {
    const errors = namedFormErrors(invalid([
      { field: "body", message: "window_end: must come after window_start" },
      { field: "criteria", message: "employees_min: above employees_max" },
      { field: "name", message: "already exists" },
    ]), ["window_end", "criteria.employees_min", "name"], t);
    expect(errors.field("window_end")).toBe("must come after window_start");
    expect(errors.field("criteria.employees_min")).toBe("above employees_max");
    expect(errors.field("name")).toBe("already exists");
    expect(errors.general).toBeNull();
  });
});
