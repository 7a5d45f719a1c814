/** Query hooks over the backend's integrations health. */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

export type ServiceHealth = components["schemas"]["ServiceHealth"];
export type ServiceStatus = ServiceHealth["status"];

export const integrationKeys = { health: ["integrations", "health"] as const };

/** Each outside service's mode (live, sandbox, down); Admin only on the backend. */
export function useIntegrationsHealth(enabled = true) {
  return useQuery({
    queryKey: integrationKeys.health,
    enabled,
    queryFn: ({ signal }) => unwrap(api.GET("/health/integrations", { signal })),
    select: (data) => Object.entries(data.services).map(([name, health]) => ({ name, ...health })),
    refetchInterval: 60_000,
  });
}
