import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";

import { renderWithProviders } from "@/test/providers";
import { signedInSession } from "@/test/render-hook";
import { BACKEND, server } from "@/test/server";

import { MetricsPanel } from "./metrics-panel";
import { CAMPAIGN_ID, funnel, stepFunnel } from "../test/fixtures";

describe("a campaign's numbers per step", () => {
  it("show the leads each step reached, its drafts waiting, and the replies at the step they answer", async () => {
    signedInSession();
    server.use(
      http.get(`${BACKEND}/api/v1/sdr/campaigns/${CAMPAIGN_ID}/metrics`, () =>
        HttpResponse.json({
          campaign_id: CAMPAIGN_ID,
          totals: funnel({ enrolled: 3, pending_approval: 1, sent: 2, replied: 1, interested: 1 }),
          steps: [stepFunnel(0, { enrolled: 3, pending_approval: 1, sent: 2, replied: 1, interested: 1 }), stepFunnel(2)],
        }),
      ),
    );
    renderWithProviders(<MetricsPanel campaignId={CAMPAIGN_ID} />);
    const table = await screen.findByRole("table", { name: "Por passo" });
    expect(within(table).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual([
      "Passo", "Alcançados", "Aguardando aprovação", "Enviadas", "Entregues", "Lidas", "Respostas", "Interessados", "Saíram",
    ]);
    const first = table.querySelector('tr[data-step="0"]')!;
    const cell = (stage: string) => first.querySelector(`[data-stage="${stage}"]`)?.textContent;
    expect([cell("enrolled"), cell("pending_approval"), cell("sent"), cell("replied"), cell("interested")]).toEqual(["3", "1", "2", "1", "1"]);
    expect(table.querySelector('tr[data-step="2"] [data-stage="replied"]')?.textContent).toBe("0");
  });
});
