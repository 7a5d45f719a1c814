import type { RealtimeHandlers } from "@/realtime/handlers";

/** `crm.import_progressed`: the running import's counters. */
export const recordsRealtimeHandlers: RealtimeHandlers = {};
