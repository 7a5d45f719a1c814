import type { RealtimeHandlers } from "@/realtime/handlers";

import { dealsRealtimeHandlers } from "./deals/realtime";
import { recordsRealtimeHandlers } from "./records/realtime";

/** The CRM's realtime events (`crm.board_changed`, `crm.import_progressed`), by screen group. */
export const crmRealtimeHandlers: RealtimeHandlers = { ...dealsRealtimeHandlers, ...recordsRealtimeHandlers };
