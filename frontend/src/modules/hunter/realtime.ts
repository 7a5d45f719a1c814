import { toast } from "sonner";

import { session } from "@/api/client";
import type { RealtimeHandlers } from "@/realtime/handlers";

import {
  receiveRunFinished,
  receiveRunProgress,
  receiveSearchFinished,
  receiveSearchProgress,
  type RunProgress,
  type SearchFinished,
  type SearchProgressed,
} from "./searches/queries";

function isRunEvent(data: Record<string, unknown>): data is RunProgress & Record<string, unknown> {
  return typeof data.run_id === "string" && typeof data.status === "string";
}

function isSearchProgress(data: Record<string, unknown>): data is SearchProgressed & Record<string, unknown> {
  return typeof data.search_id === "string" && typeof data.scored === "number";
}

function isSearchFinished(data: Record<string, unknown>): data is SearchFinished & Record<string, unknown> {
  return typeof data.search_id === "string" && typeof data.status === "string";
}

/**
 * A search's run reports its counters (`ai.agent_run_progressed`) and its end
 * (`ai.agent_run_finished`); the search itself announces each stored batch
 * (`hunter.search_progressed`, readable by everyone with hunter:read) and ends with
 * `hunter.search_finished`, which
 * refreshes the search, the past searches and the leads, and tells the person who started it.
 * Runs that are no search on screen are left alone.
 */
export const hunterRealtimeHandlers: RealtimeHandlers = {
  "ai.agent_run_progressed": (data, { queryClient }) => {
    if (isRunEvent(data)) receiveRunProgress(queryClient, { ...data, progress: (data.progress as Record<string, unknown> | undefined) ?? {} });
  },
  "ai.agent_run_finished": (data, { queryClient }) => {
    if (isRunEvent(data)) receiveRunFinished(queryClient, data);
  },
  "hunter.search_progressed": (data, { queryClient }) => {
    if (isSearchProgress(data)) receiveSearchProgress(queryClient, data);
  },
  "hunter.search_finished": (data, { queryClient, t, navigate }) => {
    if (!isSearchFinished(data)) return;
    receiveSearchFinished(queryClient, data);
    const state = session.getState();
    if (state.status !== "authenticated" || state.user.id !== data.started_by) return;
    const labels = t.hunter.searches;
    const href = `/hunter/leads?search=${data.search_id}`;
    if (data.status === "failed") {
      toast.error(labels.failedToast, { id: `search-${data.search_id}`, action: { label: t.app.open, onClick: () => navigate(`/hunter/searches/${data.search_id}`) } });
    } else {
      toast.success(labels.finishedToast(data.qualified, data.found), { id: `search-${data.search_id}`, action: { label: labels.seeLeads, onClick: () => navigate(href) } });
    }
  },
};
