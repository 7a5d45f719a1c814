import { File as RuntimeFile } from "node:buffer";

import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";

import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { useDeleteDirectory, useDirectoryLists, useUploadDirectory } from "./queries";

describe("the company directory", () => {
  // jsdom's FormData and File cannot go through Node's fetch: the runtime's own, as a browser has them
  afterEach(() => vi.unstubAllGlobals());

  it("uploads a CSV as a named list, shows the refused rows, and lists it", async () => {
    const RuntimeFormData = (await new Response(new URLSearchParams("a=1")).formData()).constructor;
    vi.stubGlobal("FormData", RuntimeFormData);
    signedInSession();
    let lists = [{ list_name: "Antiga", rows: 3 }];
    let received: { listName: FormDataEntryValue | null; name?: string; text?: string; type: string | null } | undefined;
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/directory`, () => HttpResponse.json(lists)),
      http.post(`${BACKEND}/api/v1/hunter/directory`, async ({ request }) => {
        const type = request.headers.get("Content-Type");
        const form = await request.formData();
        const file = form.get("file") as File | null;
        received = { listName: form.get("list_name"), name: file?.name, text: await file?.text(), type };
        lists = [...lists, { list_name: "Feira 2026", rows: 1 }];
        return HttpResponse.json({ list_name: "Feira 2026", rows: 1, rejected: [{ row: 3, reason: "Field required" }] }, { status: 201 });
      }),
    );
    const { result } = renderQueryHook(() => ({ lists: useDirectoryLists().data?.map((l) => l.list_name), upload: useUploadDirectory() }));
    await waitFor(() => expect(result.current.lists).toEqual(["Antiga"]));
    const file = new RuntimeFile(["nome;uf\nAgência Aurora;SP\n;RJ\n"], "feira.csv", { type: "text/csv" }) as unknown as File;
    const uploaded = await act(() => result.current.upload.mutateAsync({ file, listName: "Feira 2026" }));
    expect(received).toMatchObject({ listName: "Feira 2026", name: "feira.csv", text: "nome;uf\nAgência Aurora;SP\n;RJ\n" });
    expect(received?.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(uploaded.rejected).toEqual([{ row: 3, reason: "Field required" }]);
    await waitFor(() => expect(result.current.lists).toEqual(["Antiga", "Feira 2026"]));
  });

  it("deletes a list by its name (spaces and accents included)", async () => {
    signedInSession();
    const paths: string[] = [];
    let lists = [{ list_name: "Feira São Paulo", rows: 2 }];
    server.use(
      http.get(`${BACKEND}/api/v1/hunter/directory`, () => HttpResponse.json(lists)),
      http.delete(`${BACKEND}/api/v1/hunter/directory/:name`, ({ request, params }) => {
        paths.push(new URL(request.url).pathname);
        lists = lists.filter((l) => l.list_name !== params.name);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { result } = renderQueryHook(() => ({ lists: useDirectoryLists().data?.length, remove: useDeleteDirectory() }));
    await waitFor(() => expect(result.current.lists).toBe(1));
    await act(() => result.current.remove.mutateAsync("Feira São Paulo"));
    expect(paths).toEqual(["/api/v1/hunter/directory/Feira%20S%C3%A3o%20Paulo"]);
    await waitFor(() => expect(result.current.lists).toBe(0));
  });
});
