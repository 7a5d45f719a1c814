/** The CRM deal of an accepted lead: the SDR-sourced deal found by its company (the default title starts with it). */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";

/** Looks again every 2 s until the CRM has converted the lead (at most a minute). */
const RETRY_MS = 2_000;
const GIVE_UP_AFTER = 30;

export function useAcceptedDeal(company: string, enabled: boolean) {
  return useQuery({
    queryKey: ["sdr", "accepted-deal", company],
    enabled: enabled && company.length > 0,
    queryFn: async ({ signal }) => {
      const page = await unwrap(api.GET("/api/v1/crm/deals", { params: { query: { q: company.slice(0, 100), limit: 5 } }, signal }));
      return page.items.find((deal) => deal.source === "sdr") ?? null;
    },
    refetchInterval: (query) => (query.state.data || query.state.dataUpdateCount > GIVE_UP_AFTER ? false : RETRY_MS),
  });
}
