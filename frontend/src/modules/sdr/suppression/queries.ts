/** Query hooks over the suppression list: search, add (e-mail or phone), remove. */
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { sdrKeys } from "../shared/keys";

type Schemas = components["schemas"];
export type Suppression = Schemas["SuppressionRead"];
export type SuppressionCreate = Schemas["SuppressionCreate"];
export type SuppressionKind = Schemas["SuppressionKind"];
export type SuppressionReason = Schemas["SuppressionReason"];

export function useSuppression(q: string) {
  return useInfiniteQuery({
    ...cursorQuery(sdrKeys.suppressionList(q), (cursor, signal) =>
      unwrap(api.GET("/api/v1/sdr/suppression", { params: { query: { q: q || null, cursor, limit: PAGE_SIZE } }, signal })),
    ),
    placeholderData: keepPreviousData,
  });
}

export function useAddSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SuppressionCreate) => unwrap(api.POST("/api/v1/sdr/suppression", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sdrKeys.suppression }),
  });
}

export function useRemoveSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE("/api/v1/sdr/suppression/{entry_id}", { params: { path: { entry_id: id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sdrKeys.suppression }),
  });
}
