import { File as RuntimeFile } from "node:buffer";

import { act, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";

import { ptBR } from "@/i18n/dictionaries/pt-BR";
import { renderQueryHook, signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { useImport, useImportRows, useUploadImport, type ImportJob } from "./queries";
import { fieldLabel, importSettings, initialMapping, mappingIssues, progressPercent, sampleValues } from "./wizard";
import { crmKeys } from "../../shared/keys";
import { recordsRealtimeHandlers } from "../realtime";

const ID = "00000000-0000-4000-8000-0000000001a1";

const job = (extra: Partial<ImportJob> = {}): ImportJob => ({
  id: ID,
  entity: "company",
  status: "running",
  filename: "empresas.csv",
  columns: ["Razão Social", "CNPJ"],
  total_rows: 10,
  processed_rows: 0,
  mapping: { "Razão Social": "legal_name" },
  merge_policy: "fill_empty",
  counts: { created: 0, updated: 0, skipped: 0, rejected: 0 },
  error: null,
  created_at: "2026-12-01T10:00:00Z",
  started_at: "2026-12-01T10:00:01Z",
  finished_at: null,
  ...extra,
});

describe("the wizard's mapping", () => {
  const upload = {
    columns: ["Razão Social", "CNPJ", "Telefone", "Celular", "Observação"],
    fields: ["legal_name", "cnpj", "phone", "whatsapp", "custom.segmento"],
    suggested_mapping: { "Razão Social": "legal_name", CNPJ: "cnpj", Telefone: "phone", Celular: "phone", Observação: "notes" },
  };

  it("starts from the backend's suggestion, columns it cannot place ignored", () => {
    expect(initialMapping(upload)).toEqual({ "Razão Social": "legal_name", CNPJ: "cnpj", Telefone: "phone", Celular: "phone", Observação: null });
  });

  it("needs the name column, and one column per field except those that add up (phones, e-mails, tags)", () => {
    const mapping = initialMapping(upload);
    expect(mappingIssues("company", mapping)).toEqual([]);
    expect(mappingIssues("company", { ...mapping, "Razão Social": null })).toEqual([{ kind: "required", field: "legal_name" }]);
    expect(mappingIssues("company", { ...mapping, Observação: "cnpj" })).toEqual([{ kind: "duplicate", field: "cnpj", columns: ["CNPJ", "Observação"] }]);
    expect(mappingIssues("contact", { Nome: "name", "E-mail": "email", "E-mail 2": "email" })).toEqual([]);
  });

  it("sends the mapped columns only, with the merge policy", () => {
    expect(importSettings({ A: "legal_name", B: null }, "overwrite")).toEqual({ mapping: { A: "legal_name" }, merge_policy: "overwrite" });
  });

  it("shows sample values and field names people read", () => {
    expect(sampleValues([{ A: "x" }, { A: "" }, { A: "y" }, { A: "z" }, { A: "w" }], "A")).toEqual(["x", "y", "z"]);
    expect(fieldLabel("legal_name", ptBR.crm.records.import.fields)).toBe("Razão social");
    expect(fieldLabel("custom.segmento", {}, { segmento: "Segmento de mercado" })).toBe("Segmento de mercado");
  });

  it("shows the progress as a share of the rows", () => {
    expect(progressPercent({ processed_rows: 0, total_rows: 0, status: "queued" })).toBe(0);
    expect(progressPercent({ processed_rows: 250, total_rows: 1000, status: "running" })).toBe(25);
    expect(progressPercent({ processed_rows: 999, total_rows: 1000, status: "finished" })).toBe(100);
  });
});

describe("useUploadImport", () => {
  // In a browser FormData, File and fetch come from one platform; under jsdom FormData and
  // File are jsdom's while fetch is Node's, which cannot send them. The test puts back the
  // runtime's own FormData (and uses its File), as a browser has them.
  afterEach(() => vi.unstubAllGlobals());

  it("sends the file and what it holds as a multipart form", async () => {
    const RuntimeFormData = (await new Response(new URLSearchParams("a=1")).formData()).constructor;
    vi.stubGlobal("FormData", RuntimeFormData);
    signedInSession();
    let received: { entity: FormDataEntryValue | null; name: string | undefined; text: string | undefined; type: string | null } | undefined;
    server.use(
      http.post(`${BACKEND}/api/v1/crm/imports`, async ({ request }) => {
        const type = request.headers.get("Content-Type");
        const form = await request.formData();
        const file = form.get("file") as File | null;
        received = { entity: form.get("entity"), name: file?.name, text: await file?.text(), type };
        return HttpResponse.json(
          { ...job({ status: "uploaded", started_at: null }), fields: ["legal_name"], suggested_mapping: { "Razão Social": "legal_name" }, sample: [] },
          { status: 201 },
        );
      }),
    );
    const { result, queryClient } = renderQueryHook(() => useUploadImport());
    await act(async () => {
      const file = new RuntimeFile(["Razão Social\nAcme\n"], "empresas.csv", { type: "text/csv" }) as unknown as File;
      await result.current.mutateAsync({ file, entity: "company" });
    });
    expect(received).toMatchObject({ entity: "company", name: "empresas.csv", text: "Razão Social\nAcme\n" });
    expect(received?.type).toMatch(/^multipart\/form-data; boundary=/);
    expect(queryClient.getQueryData<ImportJob>(crmKeys.importJob(ID))?.status).toBe("uploaded");
  });
});

describe("a running import", () => {
  it("is polled until it finishes", async () => {
    signedInSession();
    let polls = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/crm/imports/${ID}`, () => {
        polls += 1;
        return HttpResponse.json(polls < 2 ? job({ processed_rows: 5 }) : job({ status: "finished", processed_rows: 10, counts: { created: 9, updated: 0, skipped: 0, rejected: 1 } }));
      }),
    );
    const { result } = renderQueryHook(() => useImport(ID));
    await waitFor(() => expect(result.current.data?.processed_rows).toBe(5));
    await waitFor(() => expect(result.current.data?.status).toBe("finished"), { timeout: 5000 });
    expect(result.current.data?.counts.rejected).toBe(1);
    const settled = polls;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(polls).toBe(settled);
  });

  it("takes the counters of `crm.import_progressed`, ignores a late one, and refetches the report when it ends", async () => {
    signedInSession();
    let rowsFetched = 0;
    server.use(
      http.get(`${BACKEND}/api/v1/crm/imports/${ID}/rows`, () => {
        rowsFetched += 1;
        return HttpResponse.json({ items: [], next_cursor: null });
      }),
      http.get(`${BACKEND}/api/v1/crm/imports/${ID}`, () => HttpResponse.json(job({ status: "finished", processed_rows: 10, counts: { created: 8, updated: 1, skipped: 0, rejected: 1 } }))),
    );
    const { result, queryClient } = renderQueryHook(() => useImportRows(ID, null));
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    queryClient.setQueryData(crmKeys.importJob(ID), job({ processed_rows: 2 }));
    const handle = recordsRealtimeHandlers["crm.import_progressed"]!;
    const context = { queryClient, t: ptBR, navigate: () => undefined };
    const progress = { import_id: ID, status: "running", processed_rows: 6, total_rows: 10, created: 5, updated: 0, skipped: 0, rejected: 1 };

    handle(progress, context);
    expect(queryClient.getQueryData<ImportJob>(crmKeys.importJob(ID))).toMatchObject({ processed_rows: 6, counts: { created: 5, rejected: 1 } });
    handle({ ...progress, processed_rows: 4, created: 3 }, context); // an older event arriving late
    expect(queryClient.getQueryData<ImportJob>(crmKeys.importJob(ID))).toMatchObject({ processed_rows: 6, counts: { created: 5 } });

    handle({ ...progress, status: "finished", processed_rows: 10, created: 8, updated: 1 }, context);
    expect(queryClient.getQueryData<ImportJob>(crmKeys.importJob(ID))).toMatchObject({ status: "finished", counts: { created: 8, updated: 1, rejected: 1 } });
    await waitFor(() => expect(rowsFetched).toBe(2));
  });
});
