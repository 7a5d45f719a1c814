import { QueryClient } from "@tanstack/react-query";

import { ApiError } from "./problem";

/** Refused requests (4xx) are not retried; network trouble and 5xx are, twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
}
