import type { RealtimeHandlers } from "@/realtime/handlers";

import { agentKeys } from "./queries";

const refreshApprovals: RealtimeHandlers[string] = (_data, { queryClient }) =>
  void queryClient.invalidateQueries({ queryKey: agentKeys.approvals });

export const agentRealtimeHandlers: RealtimeHandlers = {
  "ai.approval_requested": refreshApprovals,
  "ai.approval_decided": refreshApprovals,
};
