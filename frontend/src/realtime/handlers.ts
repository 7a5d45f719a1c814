import type { QueryClient } from "@tanstack/react-query";

import type { Dictionary } from "@/i18n/dictionary";
import { agentRealtimeHandlers } from "@/modules/agents/realtime";
import { crmRealtimeHandlers } from "@/modules/crm/realtime";
import { hunterRealtimeHandlers } from "@/modules/hunter/realtime";
import { notificationRealtimeHandlers } from "@/modules/notifications/realtime";

export interface RealtimeContext {
  queryClient: QueryClient;
  t: Dictionary;
  navigate: (href: string) => void;
}

/** What to do with one event's data; modules export a map of these by event name. */
export type RealtimeHandler = (data: Record<string, unknown>, context: RealtimeContext) => void;
export type RealtimeHandlers = Record<string, RealtimeHandler>;

/** Every module's handlers, by the backend's event name. */
export const realtimeHandlers: RealtimeHandlers = {
  ...notificationRealtimeHandlers,
  ...agentRealtimeHandlers,
  ...crmRealtimeHandlers,
  ...hunterRealtimeHandlers,
};
