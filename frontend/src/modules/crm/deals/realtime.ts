import type { RealtimeHandlers } from "@/realtime/handlers";

/** `crm.board_changed`: another user's move, creation or edit on a pipeline's board. */
export const dealsRealtimeHandlers: RealtimeHandlers = {};
