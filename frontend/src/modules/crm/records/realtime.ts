import type { RealtimeHandlers } from "@/realtime/handlers";

import { receiveImportProgress, type ImportProgress } from "./import/queries";

/** `crm.import_progressed`: the running import's counters. */
export const recordsRealtimeHandlers: RealtimeHandlers = {
  "crm.import_progressed": (data, { queryClient }) => receiveImportProgress(queryClient, data as unknown as ImportProgress),
};
