import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";

import { ApiError } from "@/api/problem";
import { namedFormErrors } from "@/components/form-errors";
import { dictionaryFor } from "@/i18n/dictionary";
import { renderWithProviders, signInAs } from "@/test/providers";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";
import { user } from "@/test/users";

import { CadenceBuilder } from "./cadence-builder";
import { weekdaysText, windowText } from "./describe";
import { addStep, bodyOf, cadenceFields, canMove, emptyDraft, moveStep, removeStep, toggleWeekday, totalWaitDays, updateStep } from "./draft";
import { useArchiveCadence, useCadences, useCreateCadence } from "./queries";
import { cadence, CADENCE_ID, invalid, problemHeaders } from "../test/fixtures";

const t = dictionaryFor("pt-BR");
const DIRETOR = user({ role: "Diretor", permissions: ["sdr:read", "sdr:write"] });

describe("the cadence builder's rules", () => {
  it("starts with a WhatsApp first contact that needs approval, a wait and a follow-up", () => {
    const draft = emptyDraft();
    expect(draft.steps.map((step) => step.kind)).toEqual(["whatsapp", "wait", "whatsapp"]);
    expect(draft.steps[0]!.needsApproval).toBe(true);
    expect(totalWaitDays(draft.steps)).toBe(2);
  });

  it("keeps the first step first, a message, approved by a person", () => {
    let draft = addStep(emptyDraft(), "call_task");
    expect(canMove(draft, 0, 1)).toBe(false);
    expect(canMove(draft, 1, -1)).toBe(false);
    expect(removeStep(draft, 0)).toBe(draft);
    expect(updateStep(draft, 0, { kind: "wait" })).toBe(draft);
    draft = updateStep(draft, 0, { kind: "email", needsApproval: false });
    expect(draft.steps[0]).toMatchObject({ kind: "email", needsApproval: true });
    draft = moveStep(draft, 3, -1);
    expect(draft.steps.map((step) => step.kind)).toEqual(["email", "wait", "call_task", "whatsapp"]);
    expect(removeStep(draft, 2).steps.map((step) => step.kind)).toEqual(["email", "wait", "whatsapp"]);
  });

  it("sends days only on waits, a subject only on e-mails, approval only on messages", () => {
    let draft = updateStep(emptyDraft(), 0, { kind: "email", subject: "  Vídeos para eventos " });
    draft = updateStep(draft, 2, { needsApproval: true, subject: "ignored on WhatsApp" });
    draft = addStep(draft, "linkedin_task");
    draft = toggleWeekday(toggleWeekday({ ...draft, name: " Follow-up " }, 4), 5);
    expect(bodyOf(draft)).toEqual({
      name: "Follow-up",
      steps: [
        { kind: "email", days: null, subject: "Vídeos para eventos", needs_approval: true },
        { kind: "wait", days: 2, subject: null, needs_approval: false },
        { kind: "whatsapp", days: null, subject: null, needs_approval: true },
        { kind: "linkedin_task", days: null, subject: null, needs_approval: false },
      ],
      window_start: "09:00",
      window_end: "18:00",
      weekdays: [0, 1, 2, 3, 5],
      daily_cap: 40,
      spacing_min_seconds: 60,
      spacing_max_seconds: 300,
    });
  });

  it("puts the API's errors at their fields: a step's, and the whole body's", () => {
    const error = new ApiError(invalid([
      { field: "steps.1.days", message: "Input should be greater than or equal to 1" },
      { field: "steps.2", message: "days: a wait step has days, other steps none" },
      { field: "body", message: "window_end: must come after window_start" },
      { field: "steps", message: "the first step is a WhatsApp message or an e-mail" },
    ]));
    const errors = namedFormErrors(error, cadenceFields(3), t);
    expect(errors.field("steps.1.days")).toBe("Input should be greater than or equal to 1");
    expect(errors.field("steps.2.days")).toBe("a wait step has days, other steps none");
    expect(errors.field("window_end")).toBe("must come after window_start");
    expect(errors.field("steps")).toBe("the first step is a WhatsApp message or an e-mail");
    expect(errors.general).toBeNull();
  });

  it("describes a saved cadence's window and weekdays", () => {
    expect(windowText(cadence(), t)).toBe("09:00–18:00, Seg–Sex");
    expect(weekdaysText([0, 2, 4], t)).toBe("Seg, Qua, Sex");
  });
});

describe("the cadence hooks", () => {
  it("creates one and refreshes the list; archiving takes it off the list at once", async () => {
    signedInSession();
    let listed = [cadence()];
    const bodies: unknown[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/cadences`, () => HttpResponse.json(listed)),
      http.post(`${BACKEND}/api/v1/sdr/cadences`, async ({ request }) => {
        bodies.push(await request.json());
        const created = cadence({ id: "c2", name: "Nova" });
        listed = [...listed, created];
        return HttpResponse.json(created, { status: 201 });
      }),
      http.delete(`${BACKEND}/api/v1/sdr/cadences/${CADENCE_ID}`, () => {
        listed = listed.filter((item) => item.id !== CADENCE_ID);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { result } = renderQueryHook(() => ({ list: useCadences(), create: useCreateCadence(), archive: useArchiveCadence() }));
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));
    await act(() => result.current.create.mutateAsync(bodyOf({ ...emptyDraft(), name: "Nova" })));
    expect(bodies[0]).toMatchObject({ name: "Nova", steps: [{ kind: "whatsapp", needs_approval: true }, { kind: "wait", days: 2 }, { kind: "whatsapp" }] });
    await waitFor(() => expect(result.current.list.data?.map((item) => item.name)).toEqual(["WhatsApp + follow-up", "Nova"]));
    await act(() => result.current.archive.mutateAsync(CADENCE_ID));
    await waitFor(() => expect(result.current.list.data?.map((item) => item.id)).toEqual(["c2"]));
  });
});

describe("the cadence builder", () => {
  it("locks the first step, reorders the others and shows the API's 422 under the step's field", async () => {
    await signInAs(DIRETOR);
    const onSaved = vi.fn();
    server.use(
      http.post(`${BACKEND}/api/v1/sdr/cadences`, () =>
        HttpResponse.json(invalid([{ field: "steps.1.days", message: "Input should be greater than or equal to 1" }]), { status: 422, headers: problemHeaders }),
      ),
    );
    renderWithProviders(<CadenceBuilder onSaved={onSaved} onCancel={() => undefined} />);
    const first = screen.getByTestId("step-1");
    expect(within(first).getByRole("checkbox", { name: "Precisa de aprovação" })).toHaveProperty("disabled", true);
    expect(within(first).getAllByRole("option").map((option) => option.textContent)).toEqual(["WhatsApp", "E-mail"]);
    expect(screen.getByRole("button", { name: "Mover o passo 2 para cima" })).toHaveProperty("disabled", true);

    fireEvent.click(within(screen.getByRole("group", { name: "Adicionar passo" })).getByRole("button", { name: "Ligação" }));
    fireEvent.click(screen.getByRole("button", { name: "Mover o passo 4 para cima" }));
    expect(within(screen.getByTestId("step-3")).getByLabelText("Tipo")).toHaveProperty("value", "call_task");
    fireEvent.click(screen.getByRole("button", { name: "Remover o passo 3" }));
    expect(screen.queryByTestId("step-4")).toBeNull();

    fireEvent.change(screen.getByLabelText("Nome"), { target: { value: "Follow-up" } });
    fireEvent.change(within(screen.getByTestId("step-2")).getByLabelText("Dias úteis"), { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Criar cadência" }));
    await waitFor(() => expect(within(screen.getByTestId("step-2")).getByText("Input should be greater than or equal to 1")).toBeTruthy());
    expect(within(screen.getByTestId("step-2")).getByLabelText("Dias úteis").getAttribute("aria-invalid")).toBe("true");
    expect(onSaved).not.toHaveBeenCalled();
  });
});
