import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";

import { renderWithProviders, signInAs } from "@/test/providers";
import { BACKEND, server } from "@/test/server";

import { COLLEAGUES, COMERCIAL, DIRETOR } from "../testing";
import { activityBody, LogActivityForm } from "./log-activity-form";
import { Timeline } from "./timeline";

const DEAL = "00000000-0000-4000-8000-0000000000d1";

const activity = (extra: Record<string, unknown>) => ({
  id: "a1",
  kind: "note",
  subject: null,
  body: null,
  company_id: null,
  contact_id: null,
  deal_id: DEAL,
  owner_id: DIRETOR.id,
  direction: null,
  occurred_at: "2026-12-01T11:00:00Z",
  due_at: null,
  done_at: null,
  duration_minutes: null,
  external_id: null,
  created_at: "2026-12-01T11:00:00Z",
  ...extra,
});

/** The backend of one deal's timeline: what is logged goes on top, a task's done flag is kept. */
function serveTimeline() {
  const entries: Record<string, unknown>[] = [
    { type: "event", id: "e1", at: "2026-12-01T10:00:00Z", event: "created", data: { stage: "Prospecção" }, actor_id: COMERCIAL.id },
  ];
  const logged: unknown[] = [];
  const patched: unknown[] = [];
  server.use(
    http.get(`${BACKEND}/api/v1/crm/owners`, () => HttpResponse.json(COLLEAGUES)),
    http.get(`${BACKEND}/api/v1/crm/deals/${DEAL}/timeline`, () => HttpResponse.json({ items: entries, next_cursor: null })),
    http.post(`${BACKEND}/api/v1/crm/activities`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>;
      logged.push(body);
      const created = activity({ ...body, id: `a${logged.length}` });
      entries.unshift({ type: "activity", id: created.id, at: created.occurred_at, activity: created });
      return HttpResponse.json(created, { status: 201 });
    }),
    http.patch(`${BACKEND}/api/v1/crm/activities/:id`, async ({ params, request }) => {
      const body = (await request.json()) as { done: boolean };
      patched.push({ id: params.id, ...body });
      const entry = entries.find((e) => e.id === params.id)!;
      entry.activity = { ...(entry.activity as object), done_at: body.done ? "2026-12-01T12:00:00Z" : null };
      return HttpResponse.json(entry.activity as Record<string, unknown>);
    }),
  );
  return { logged, patched };
}

describe("the timeline and its log form", () => {
  beforeEach(() => signInAs(DIRETOR));

  it("logs a task on the deal, shows it on top with its due date and who, and marks it done", async () => {
    const { logged, patched } = serveTimeline();
    const subject = { type: "deal", id: DEAL } as const;
    renderWithProviders(
      <>
        <LogActivityForm subject={subject} />
        <Timeline subject={subject} />
      </>,
    );
    const history = await screen.findByRole("list", { name: "Histórico" });
    // what happened, and who did it, by name from /crm/owners
    expect(await within(history).findByText(/Carla Comercial/)).toBeTruthy();
    expect(within(history).getByText("Negócio criado em Prospecção")).toBeTruthy();

    const form = screen.getByRole("form", { name: "Registrar atividade" });
    const log = within(form).getByRole("button", { name: "Registrar" });
    expect((log as HTMLButtonElement).disabled).toBe(true); // nothing to log yet
    fireEvent.click(within(form).getByLabelText("Tarefa"));
    fireEvent.change(within(form).getByLabelText("Assunto (opcional)"), { target: { value: "Enviar roteiro" } });
    fireEvent.change(within(form).getByLabelText("Descrição"), { target: { value: "Com o corte de 30 s." } });
    fireEvent.change(within(form).getByLabelText("Prazo"), { target: { value: "2027-01-15T10:00" } });
    fireEvent.click(log);

    await waitFor(() => expect(logged).toHaveLength(1));
    expect(logged[0]).toEqual({
      deal_id: DEAL,
      kind: "task",
      subject: "Enviar roteiro",
      body: "Com o corte de 30 s.",
      due_at: "2027-01-15T10:00:00-03:00",
      duration_minutes: null,
    });
    const task = (await within(history).findByText("Enviar roteiro")).closest("li")!;
    expect(task.textContent).toContain("Prazo: 15/01/2027 10:00");
    expect(task.textContent).toContain("Em aberto");
    expect(task.textContent).toContain("Você");
    expect(history.querySelectorAll(":scope > li")[0]).toBe(task);
    // the form is ready for the next one, of the same kind
    expect((within(form).getByLabelText("Assunto (opcional)") as HTMLInputElement).value).toBe("");
    expect((within(form).getByLabelText("Tarefa") as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(task).getByRole("button", { name: "Concluir" }));
    await waitFor(() => expect(task.textContent).toContain("Concluída"));
    expect(patched).toEqual([{ id: "a1", done: true }]);
    expect(within(task).getByRole("button", { name: "Reabrir tarefa" })).toBeTruthy();
  });

  it("links the activity to the record it is logged on, with only the fields its kind takes", () => {
    const draft = { kind: "call", subject: " ", body: " Retornou a ligação ", dueAt: "2027-01-15T10:00", duration: "15" } as const;
    expect(activityBody({ type: "company", id: "c1" }, draft)).toEqual({
      company_id: "c1",
      kind: "call",
      subject: null,
      body: "Retornou a ligação",
      due_at: null,
      duration_minutes: 15,
    });
    expect(activityBody({ type: "contact", id: "p1" }, { ...draft, kind: "note" })).toMatchObject({ contact_id: "p1", duration_minutes: null });
  });

  it("shows the tasks without the done button to someone who may only read the CRM", async () => {
    await signInAs({ ...DIRETOR, permissions: ["crm:read"] });
    server.use(
      http.get(`${BACKEND}/api/v1/crm/owners`, () => HttpResponse.json(COLLEAGUES)),
      http.get(`${BACKEND}/api/v1/crm/companies/c1/timeline`, () =>
        HttpResponse.json({
          items: [{ type: "activity", id: "a9", at: "2026-12-01T11:00:00Z", activity: activity({ id: "a9", kind: "task", subject: "Ligar", deal_id: null, company_id: "c1", owner_id: COMERCIAL.id }) }],
          next_cursor: null,
        }),
      ),
    );
    renderWithProviders(<Timeline subject={{ type: "company", id: "c1" }} />);
    const task = (await screen.findByText("Ligar")).closest("li")!;
    await waitFor(() => expect(task.textContent).toContain("Carla Comercial"));
    expect(within(task).queryByRole("button")).toBeNull();
  });
});
