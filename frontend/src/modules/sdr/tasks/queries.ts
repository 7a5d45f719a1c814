/** Query hooks over the SDR's tasks: open (or done) LinkedIn and call steps, and completing or skipping one. */
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { cursorQuery, PAGE_SIZE } from "@/api/pagination";
import { unwrap } from "@/api/problem";
import type { components } from "@/api/schema";

import { sdrKeys } from "../shared/keys";

export type SdrTask = components["schemas"]["SdrTask"];
export type Outcome = "done" | "skipped";

export function useTasks(open: boolean) {
  return useInfiniteQuery(
    cursorQuery(sdrKeys.taskList(open), (cursor, signal) =>
      unwrap(api.GET("/api/v1/sdr/tasks", { params: { query: { open, cursor, limit: PAGE_SIZE } }, signal })),
    ),
  );
}

/** Done or skipped, the cadence goes on to its next step. */
export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, outcome, note }: { id: string; outcome: Outcome; note?: string }) =>
      unwrap(api.POST("/api/v1/sdr/tasks/{task_id}/complete", { params: { path: { task_id: id } }, body: { outcome, note: note || null } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: sdrKeys.campaigns });
      return queryClient.invalidateQueries({ queryKey: sdrKeys.tasks });
    },
  });
}
