import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { useCompleteTask, useTasks } from "./queries";
import { task } from "../test/fixtures";

describe("the SDR's tasks", () => {
  it("lists the open ones; one completed with a note leaves the list", async () => {
    signedInSession();
    let open = [task("t1"), task("t2", { kind: "linkedin", title: "Mensagem no LinkedIn" })];
    let body: unknown;
    const requests: URL[] = [];
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/tasks`, ({ request }) => {
        requests.push(new URL(request.url));
        return HttpResponse.json({ items: open, next_cursor: null });
      }),
      http.post(`${BACKEND}/api/v1/sdr/tasks/t1/complete`, async ({ request }) => {
        body = await request.json();
        open = open.filter((item) => item.id !== "t1");
        return HttpResponse.json(task("t1", { outcome: "done", done_at: "2026-12-02T12:30:00Z", note: "Pediu proposta" }));
      }),
    );
    const { result } = renderQueryHook(() => {
      const tasks = useTasks(true);
      return { ids: tasks.data?.pages.flatMap((page) => page.items).map((item) => item.id), complete: useCompleteTask() };
    });
    await waitFor(() => expect(result.current.ids).toEqual(["t1", "t2"]));
    expect(requests[0]!.searchParams.get("open")).toBe("true");
    await act(() => result.current.complete.mutateAsync({ id: "t1", outcome: "done", note: "Pediu proposta" }));
    expect(body).toEqual({ outcome: "done", note: "Pediu proposta" });
    await waitFor(() => expect(result.current.ids).toEqual(["t2"]));
  });
});
