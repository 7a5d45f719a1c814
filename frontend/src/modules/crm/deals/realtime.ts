import type { RealtimeHandlers } from "@/realtime/handlers";

import { isKnownChange } from "./queries";
import { crmKeys } from "../shared/keys";

/** What `crm.board_changed` carries (ids and places only: every staff member receives it). */
export interface BoardChange {
  pipeline_id: string;
  deal_id: string;
  change: "created" | "moved" | "updated" | "deleted";
  stage_id: string;
  position: number;
  version: number;
}

function isBoardChange(data: Record<string, unknown>): data is BoardChange & Record<string, unknown> {
  return typeof data.pipeline_id === "string" && typeof data.deal_id === "string" && typeof data.version === "number";
}

/**
 * `crm.board_changed`: another user's move, creation or edit on a pipeline's board. The board
 * of that pipeline (and the deal's page, its timeline) is fetched again, unless the change is already on
 * screen: the echo of our own move, whose answer carried this version. While one of our moves
 * is on its way the board waits: that move refetches it once it is done.
 */
export const dealsRealtimeHandlers: RealtimeHandlers = {
  "crm.board_changed": (data, { queryClient }) => {
    if (!isBoardChange(data)) return;
    if (queryClient.isMutating({ mutationKey: crmKeys.move }) > 0) return;
    if (isKnownChange(queryClient, data)) return;
    void queryClient.invalidateQueries({ queryKey: crmKeys.boardsOf(data.pipeline_id) });
    void queryClient.invalidateQueries({ queryKey: crmKeys.deal(data.deal_id) });
    void queryClient.invalidateQueries({ queryKey: crmKeys.timeline({ type: "deal", id: data.deal_id }) });
  },
};
